using System.Globalization;
using Pipeline.Extraction;
using Pipeline.Extraction.Values;
using Pipeline.Text;

namespace Pipeline.App.Evaluation;

/// <summary>
/// Runs Pipeline's value reader over the Recognizers-Text specs: money in both languages, weights
/// and lengths, and percentages. A case passes when every expected result is found, with the same
/// text (the number and unit; qualifier words such as "about" are Pipeline's own addition) and the
/// same value in the expected unit, and nothing else of that kind is found.
/// </summary>
public sealed class RecognizersEvaluator(ValueExtractor extractor, IReadOnlyCollection<string> currencyCodes, bool includeFlagged)
{
    public const string ScopeDescription =
        "In scope: CurrencyModel (currencies Pipeline models: USD incl. cents, CNY, EUR, AUD, JPY, GBP incl. pence, CAD, HKD, TWD, CHF, NZD, MXN), "
        + "DimensionModel (weights and lengths), PercentModel, in English and Chinese; cases without results are in scope (nothing may be found). "
        + "Out of scope: NumberModel (bare numbers are not mentions), other currencies, volume, area, speed, information, angle and other units, "
        + "results with no amount (a currency name alone), and cases flagged NotSupported/NotSupportedByDesign "
        + "(with --include-flagged, only those whose flag names dotnet).";

    private static readonly (string Path, SpecModel Model)[] Files =
    [
        ("English/CurrencyModel.json", SpecModel.Currency),
        ("English/DimensionModel.json", SpecModel.Dimension),
        ("English/PercentModel.json", SpecModel.Percent),
        ("Chinese/CurrencyModel.json", SpecModel.Currency),
        ("Chinese/DimensionModel.json", SpecModel.Dimension),
        ("Chinese/PercentModel.json", SpecModel.Percent),
    ];

    private static readonly string[] NumberFiles = ["English/NumberModel.json", "Chinese/NumberModel.json"];

    public EvalReport Run(string directory)
    {
        var reports = new List<FileReport>();
        foreach (var (path, model) in Files)
        {
            var full = Path.Combine(directory, path);
            if (File.Exists(full))
            {
                reports.Add(Evaluate(path, model, SpecFile.Read(full)));
            }
        }
        var skipped = NumberFiles
            .Where(p => File.Exists(Path.Combine(directory, p)))
            .Select(p => $"{p}: bare numbers are not mentions in Pipeline")
            .ToList();
        return new EvalReport(directory, ScopeDescription, reports, skipped);
    }

    public FileReport Evaluate(string name, SpecModel model, IReadOnlyList<SpecCase> cases)
    {
        var outOfScope = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<CaseFailure>();
        var inScope = 0;
        var passed = 0;
        foreach (var spec in cases)
        {
            if (OutOfScopeReason(model, spec) is { } reason)
            {
                outOfScope[reason] = outOfScope.GetValueOrDefault(reason) + 1;
                continue;
            }
            inScope++;
            var language = spec.Input.Any(TextScanIsCjk) ? "zh" : "en";
            var input = ExtractionInput.From(spec.Input, language, documentDate: null);
            var found = extractor.Read(input).Where(r => Answers(model, r.Mention.Kind)).ToList();
            if (Passes(model, spec, input, found))
            {
                passed++;
            }
            else
            {
                failures.Add(new CaseFailure(spec.Input, [.. spec.Results.Select(r => r.ToString())], [.. found.Select(r => Describe(input, r))]));
            }
        }
        return new FileReport(name, cases.Count, inScope, passed, outOfScope, failures);
    }

    private string? OutOfScopeReason(SpecModel model, SpecCase spec)
    {
        if (spec.NotSupported is { } flags)
        {
            if (!includeFlagged)
            {
                return "flagged NotSupported";
            }
            if (flags.Contains("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return "flagged NotSupported for dotnet";
            }
        }
        foreach (var result in spec.Results)
        {
            if (!SpecUnits.TryMap(model, result, currencyCodes, out _, out var reason))
            {
                return reason;
            }
        }
        return null;
    }

    private bool Passes(SpecModel model, SpecCase spec, ExtractionInput input, List<ValueReading> found)
    {
        var unused = new List<ValueReading>(found);
        foreach (var expected in spec.Results)
        {
            SpecUnits.TryMap(model, expected, currencyCodes, out var unit, out _);
            var value = double.Parse(expected.Value!.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture) * unit.Factor;
            var text = Collapse(TextNormalizer.Default.NormalizeString(expected.Text));
            var match = unused.FindIndex(r => Collapse(Core(input, r)) == text && SameValue(r.Mention.Value, unit.Code, value));
            if (match < 0)
            {
                return false;
            }
            unused.RemoveAt(match);
        }
        return unused.Count == 0;
    }

    private static bool Answers(SpecModel model, MentionKind kind) => model switch
    {
        SpecModel.Currency => kind is MentionKind.Money or MentionKind.Rate,
        SpecModel.Dimension => kind is MentionKind.Quantity,
        _ => kind is MentionKind.Percentage,
    };

    private static bool SameValue(Measure? measure, string code, double expected)
    {
        if (measure is null || measure.Unit != code || measure.Qualifier == Qualifier.Range || (measure.Low ?? measure.High) is not { } value)
        {
            return false;
        }
        return Math.Abs(value - expected) <= 1e-6 * Math.Abs(expected) || value == expected;
    }

    private static string Core(ExtractionInput input, ValueReading reading) =>
        TextNormalizer.Default.NormalizeString(input.Original[reading.CoreStart..reading.CoreEnd]);

    private static string Describe(ExtractionInput input, ValueReading reading)
    {
        var value = reading.Mention.Value;
        var number = value is null ? "" : value.Qualifier == Qualifier.Range
            ? $"{value.Low}-{value.High}"
            : (value.Low ?? value.High)?.ToString("R", CultureInfo.InvariantCulture);
        return $"'{Core(input, reading)}' = {number} {value?.Unit} ({reading.Mention.Kind})";
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool TextScanIsCjk(char c) => c is >= '\u3400' and <= '\u9fff';
}
