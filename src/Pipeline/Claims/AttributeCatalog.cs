using System.Collections.Immutable;
using Pipeline.Extraction;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// What config/attributes.yaml says a claim can be: its measures (in order of precedence), the
/// scopes that narrow them, and the words that make a figure a target, a cap or a forecast.
/// </summary>
public sealed class AttributeCatalog
{
    public const string FileName = "attributes.yaml";
    private const int DefaultWindow = 60;

    // The measures of each kind of value, in catalog order: each value asks only about its own kind's.
    private readonly Dictionary<MentionKind, AttributeDefinition[]> _byKind;

    private AttributeCatalog(
        IReadOnlyList<AttributeDefinition> attributes, ImmutableArray<ScopeDefinition> scopes,
        IReadOnlySet<string> generalEntities, ModalityWords modalities, IReadOnlyDictionary<string, string> governments,
        IReadOnlyDictionary<char, string> shortNames)
    {
        Governments = governments;
        ShortNames = shortNames;
        Attributes = attributes;
        _byKind = attributes.GroupBy(a => a.ValueKind).ToDictionary(g => g.Key, g => g.ToArray());
        Scopes = scopes;
        GeneralEntities = generalEntities;
        Modalities = modalities;
    }

    /// <summary>The measures, most specific first: on a tie between cues, the earlier one wins.</summary>
    public IReadOnlyList<AttributeDefinition> Attributes { get; }

    /// <summary>The measures of values of one kind, in the order of <see cref="Attributes"/> (an array: looping over it allocates nothing).</summary>
    internal AttributeDefinition[] AttributesOf(MentionKind kind) => _byKind.GetValueOrDefault(kind) ?? [];

    /// <summary>The scopes, in file order (an immutable array: read for every claim, and looping over it allocates nothing).</summary>
    public ImmutableArray<ScopeDefinition> Scopes { get; }

    /// <summary>Element and material ids that name the whole domain (rare earths) and so narrow nothing.</summary>
    public IReadOnlySet<string> GeneralEntities { get; }

    public ModalityWords Modalities { get; }

    /// <summary>Government offices by id, each with the country it acts for (mofcom → china).</summary>
    public IReadOnlyDictionary<string, string> Governments { get; }

    /// <summary>A country's one-character name in compounds (美 in 美澳, 中 in 中美) → its id.</summary>
    public IReadOnlyDictionary<char, string> ShortNames { get; }

    public AttributeDefinition? Find(string key) => Attributes.FirstOrDefault(a => a.Key == key);

    public static AttributeCatalog LoadDefault() => Load(ConfigFolder.Locate());

    public static AttributeCatalog Load(string configFolder)
    {
        var path = Path.Combine(configFolder, FileName);
        var file = ConfigFile.Read<CatalogFile>(path) ?? new CatalogFile();
        return new AttributeCatalog(
            [.. file.Measures.Select(e => e.ToAttribute(path))],
            [.. file.Scopes.Select(s => s.ToScope(path))],
            file.GeneralEntities.ToHashSet(StringComparer.Ordinal),
            new ModalityWords(file.Modalities.Target.ToCues(), file.Modalities.Cap.ToCues(), file.Modalities.Forecast.ToCues()),
            file.Governments.SelectMany(g => g.Value.Select(office => (office, country: g.Key)))
                .ToDictionary(g => g.office, g => g.country, StringComparer.Ordinal),
            file.ShortNames.ToDictionary(
                n => n.Value.Length == 1 ? TextNormalizer.Default.NormalizeString(n.Value)[0]
                    : throw new ConfigException(path, null, $"short_names: {n.Key}: '{n.Value}' is not one character"),
                n => n.Key));
    }

    private sealed class CatalogFile
    {
        public List<MeasureEntry> Measures { get; set; } = [];
        public List<ScopeEntry> Scopes { get; set; } = [];
        public List<string> GeneralEntities { get; set; } = [];
        public ModalityEntry Modalities { get; set; } = new();
        public Dictionary<string, List<string>> Governments { get; set; } = [];
        public Dictionary<string, string> ShortNames { get; set; } = [];
    }

    /// <summary>One measure as written in the YAML file.</summary>
    private sealed class MeasureEntry
    {
        public string Key { get; set; } = "";
        public string? Name { get; set; }
        public string Value { get; set; } = "";
        public List<string> Subject { get; set; } = [];
        public string? Prefer { get; set; }
        public bool World { get; set; }
        public bool CountryActs { get; set; }
        public bool Joint { get; set; }
        public bool Event { get; set; }
        public CueEntry Cues { get; set; } = new();
        public CueEntry Veto { get; set; } = new();
        public CueEntry? Needs { get; set; }
        public bool NeedsThroughTo { get; set; }
        public bool Compares { get; set; }
        public CueEntry? Negative { get; set; }
        public List<string> NarrowedBy { get; set; } = [];
        public int? Window { get; set; }
        public CueEntry? Added { get; set; }
        public List<string> AddsTo { get; set; } = [];

        public AttributeDefinition ToAttribute(string path)
        {
            if (Key.Length == 0)
            {
                throw new ConfigException(path, null, "a measure has no key");
            }
            if (!Enum.TryParse<MentionKind>(Value, ignoreCase: true, out var kind) || kind == MentionKind.Entity)
            {
                throw new ConfigException(path, null, $"measure {Key}: value '{Value}' is not a value kind (percentage, money, rate, quantity, count, duration, rank, date)");
            }
            var subjects = Kinds(Subject, "subject", path);
            var preferKind = Prefer switch
            {
                null or "nearest" => false,
                "kind" => true,
                _ => throw new ConfigException(path, null, $"measure {Key}: prefer '{Prefer}' is neither nearest nor kind"),
            };
            return new AttributeDefinition(Key, Name ?? Key, kind, subjects, Cues.ToCues(), Veto.ToCues(), Window ?? DefaultWindow)
            {
                PreferKind = preferKind,
                WorldSubject = World,
                CountryActs = CountryActs,
                Joint = Joint,
                Event = Event,
                Needs = Needs?.ToCues(),
                NeedsThroughTo = NeedsThroughTo,
                Compares = Compares,
                Negatives = Negative?.ToCues(),
                NarrowedBy = Kinds(NarrowedBy, "narrowed_by", path),
                Added = Added?.ToCues(),
                AddsTo = AddsTo,
            };
        }

        private List<EntityKind> Kinds(List<string> names, string field, string path) =>
            [.. names.Select(s => Enum.TryParse<EntityKind>(s, ignoreCase: true, out var k)
                ? k
                : throw new ConfigException(path, null, $"measure {Key}: {field} '{s}' is not an entity kind"))];
    }

    private sealed class ScopeEntry
    {
        public string Key { get; set; } = "";
        public string? Name { get; set; }
        public List<string> Zh { get; set; } = [];
        public List<string> En { get; set; } = [];
        public List<string> Measures { get; set; } = [];
        public bool NextClause { get; set; }

        public ScopeDefinition ToScope(string path) => Key.Length == 0
            ? throw new ConfigException(path, null, "a scope has no key")
            : Key.Length > Claim.MaxScopeLength
            ? throw new ConfigException(path, null, $"scope {Key}: the key is longer than {Claim.MaxScopeLength} characters, the most a claim keeps")
            : new ScopeDefinition(Key, Name ?? Key, new CueSet(Zh, En, TextNormalizer.Default.NormalizeString),
                Measures.ToHashSet(StringComparer.Ordinal)) { NextClause = NextClause };
    }

    private sealed class ModalityEntry
    {
        public CueEntry Target { get; set; } = new();
        public CueEntry Cap { get; set; } = new();
        public CueEntry Forecast { get; set; } = new();
    }

    private sealed class CueEntry
    {
        public List<string> Zh { get; set; } = [];
        public List<string> En { get; set; } = [];

        public CueSet ToCues() => new(Zh, En, TextNormalizer.Default.NormalizeString);
    }
}
