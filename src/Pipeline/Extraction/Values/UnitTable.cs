using Pipeline.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pipeline.Extraction.Values;

/// <summary>
/// The unit vocabulary of config/lexicon/units.yaml: currency words and signs with their ISO
/// codes, mass and length units with their factors, share and duration words, count classifiers,
/// and the words that make a price "per" a unit. Entries are normalized like the text they meet.
/// </summary>
public sealed class UnitTable
{
    public const string FileName = "units.yaml";

    private UnitTable(UnitFile file)
    {
        var normalize = TextNormalizer.Default;
        string Key(string word) => normalize.NormalizeString(word.Trim());

        var suffixes = new List<(string, UnitDef)>();
        var prefixes = new List<(string, UnitDef)>();
        foreach (var currency in file.Currencies)
        {
            var code = currency.Code.Trim().ToUpperInvariant();
            var unit = new UnitDef(UnitCategory.Currency, code, currency.Factor, currency.Symbol ?? code);
            prefixes.AddRange(currency.Prefixes.Select(p => (Key(p), unit)));
            suffixes.AddRange(currency.Suffixes.Select(s => (Key(s), unit)));
        }
        var mass = Units(file.Mass, UnitCategory.Mass, "t").ToList();
        var cased = Cased(file.Mass, UnitCategory.Mass, "t").ToList();
        // A cased word is found on the lower-cased text like any other (its first entry stands for all
        // its spellings); which one was written is settled on the original, see CasedUnits.
        mass.AddRange(cased.Select(c => (Key(c.Written), c.Unit)));
        suffixes.AddRange(mass);
        suffixes.AddRange(Units(file.Length, UnitCategory.Length, "m"));
        suffixes.AddRange(Units(file.Percent, UnitCategory.Percent, "%"));
        suffixes.AddRange(Units(file.Durations, UnitCategory.Duration, "year"));
        suffixes.AddRange(file.Classifiers.Select(c => (Key(c), new UnitDef(UnitCategory.Classifier, "", 1, Key(c)))));

        Suffixes = new(suffixes);
        Prefixes = new(prefixes);
        MassUnits = new(mass);
        CasedWords = cased.ToDictionary(c => c.Written, c => c.Unit, StringComparer.Ordinal);
        PerBefore = new(file.Per.Before.Select(w => (Key(w), true)));
        PerBetween = new(file.Per.Between.Select(w => (Key(w), true)));
        var multiples = file.Multiples;
        MultipleChanges = new(multiples.Changes.Select(c => (Key(c.Key), c.Value)));
        MultipleTimes = new(multiples.Times.Select(w => (Key(w), true)));
        MultipleFolds = new(multiples.Folds.Select(f => (Key(f.Key), f.Value)));
        RisingWords = new(multiples.Rising.Select(w => (Key(w), true)));
        ComparedWords = new(multiples.Compared.Select(c => (Key(c.Key), c.Value)));
        PastWords = new(multiples.Past.Select(w => (Key(w), true)));
        CurrencyCodes = [.. file.Currencies.Select(c => c.Code.Trim().ToUpperInvariant()).Distinct()];
        DollarHomes = file.Currencies.Where(c => c.Home is { Length: > 0 })
            .GroupBy(c => c.Home!.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Code.Trim().ToUpperInvariant(), StringComparer.Ordinal);

        IEnumerable<(string, UnitDef)> Units(List<UnitFile.UnitEntry> entries, UnitCategory category, string code) =>
            entries.SelectMany(e => e.Words.Select(w => (Key(w), new UnitDef(category, code, e.Factor, e.Symbol))));

        IEnumerable<(string Written, UnitDef Unit)> Cased(List<UnitFile.UnitEntry> entries, UnitCategory category, string code) =>
            entries.SelectMany(e => e.Cased.Select(w => (w.Trim(), new UnitDef(category, code, e.Factor, e.Symbol))));
    }

    /// <summary>The ISO codes of the currencies the table knows.</summary>
    public IReadOnlyList<string> CurrencyCodes { get; }

    /// <summary>Country (lexicon id) → the dollar its own writers mean by a bare "$" (australia → AUD).</summary>
    public IReadOnlyDictionary<string, string> DollarHomes { get; }

    /// <summary>Units written after a number: currencies, mass, length, shares, durations, classifiers.</summary>
    internal PhraseSet<UnitDef> Suffixes { get; }

    /// <summary>Currency signs and codes written before a number: $, us$, €, 人民币.</summary>
    internal PhraseSet<UnitDef> Prefixes { get; }

    /// <summary>Mass units alone, for what a price is per.</summary>
    internal PhraseSet<UnitDef> MassUnits { get; }

    /// <summary>Units told apart by case, by their spelling as written (MT, mt, Mt).</summary>
    internal IReadOnlyDictionary<string, UnitDef> CasedWords { get; }

    /// <summary>Words that are a change in per cent by themselves: 翻倍, doubled (+100%).</summary>
    internal PhraseSet<double> MultipleChanges { get; }

    /// <summary>倍 after a number, a change of N × 100% after a word of rising.</summary>
    internal PhraseSet<bool> MultipleTimes { get; }

    /// <summary>threefold: after a word of rising, the change in per cent it makes (+200%).</summary>
    internal PhraseSet<double> MultipleFolds { get; }

    /// <summary>double, twice: a figure as a multiple of the one after it, in per cent (200%).</summary>
    internal PhraseSet<double> ComparedWords { get; }

    /// <summary>原先, 去年: before 的, a figure's own past, which a multiple after them is set against.</summary>
    internal PhraseSet<bool> PastWords { get; }

    /// <summary>Words of rising that make a multiple after them a change: 上涨, rose.</summary>
    internal PhraseSet<bool> RisingWords { get; }

    internal PhraseSet<bool> PerBefore { get; }

    internal PhraseSet<bool> PerBetween { get; }

    public static UnitTable Load(string configFolder)
    {
        var path = Path.Combine(configFolder, "lexicon", FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"unit table not found: {path}", path);
        }
        return Parse(File.ReadAllText(path));
    }

    public static UnitTable LoadDefault() => Load(ConfigFolder.Locate());

    public static UnitTable Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        return new UnitTable(deserializer.Deserialize<UnitFile?>(yaml) ?? new UnitFile());
    }
}
