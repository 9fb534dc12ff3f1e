
namespace Pipeline.CrossCheck;

/// <summary>The cross-check's tolerances and limits, from config/crosscheck.yaml (defaults when the file is missing).</summary>
/// <param name="Approximate">About/约/nearly: ±5% relative, percentages ±2.5 points.</param>
/// <param name="Exact">Figures as stated, and the bounds of more than/less than/ranges: ±0.5% relative, so 48.9% and 49% agree.</param>
/// <param name="DateDays">Days of slack on each side of a date value.</param>
/// <param name="MaxFiguresPerBlock">
/// Above this many distinct figures in one block and unit, each figure is compared only with the
/// most-stated ones (this many), so the work stays linear in the block's size.
/// </param>
/// <param name="SameEventDays">
/// Two dates of one subject and measure further apart than this are two events (the April and the
/// October controls), not a disagreement about one.
/// </param>
/// <param name="PresentYears">
/// A present-tense figure ("China controls 90%") speaks of the years up to its document's date:
/// this many. It is compared with figures stated for a year in that stretch.
/// </param>
/// <param name="SkipAttributes">Attributes never compared: a subject can have many true values of them.</param>
public sealed record CrossCheckOptions(
    Tolerance Approximate,
    Tolerance Exact,
    int DateDays,
    SeverityThresholds Severity,
    int MaxFiguresPerBlock,
    int SameEventDays,
    int PresentYears,
    IReadOnlySet<string> SkipAttributes)
{
    public const string FileName = "crosscheck.yaml";

    /// <summary>
    /// Attributes whose figures move from month to month (market prices): a claim of one that says
    /// neither when nor in a dated document is not compared, since no one can tell which month it is of.
    /// </summary>
    public IReadOnlySet<string> DatedOnly { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public static CrossCheckOptions Default { get; } = new(
        new Tolerance(0.05, 2.5), new Tolerance(0.005, 0.5), 0, new SeverityThresholds(), 200, 20, 2, new HashSet<string>(StringComparer.Ordinal));

    public static CrossCheckOptions LoadDefault() => Load(ConfigFolder.Locate());

    /// <summary>Reads crosscheck.yaml from <paramref name="configFolder"/>; what the file leaves out keeps its default.</summary>
    public static CrossCheckOptions Load(string configFolder)
    {
        var path = Path.Combine(configFolder, FileName);
        if (!File.Exists(path))
        {
            return Default;
        }
        return (ConfigFile.Read<OptionsFile>(path) ?? new OptionsFile()).ToOptions(path);
    }

    private sealed class OptionsFile
    {
        public ToleranceEntry? Approximate { get; set; }
        public ToleranceEntry? Exact { get; set; }
        public int? DateDays { get; set; }
        public SeverityEntry? Severity { get; set; }
        public int? MaxFiguresPerBlock { get; set; }
        public int? SameEventDays { get; set; }
        public int? PresentYears { get; set; }
        public List<string> SkipAttributes { get; set; } = [];
        public List<string> DatedOnly { get; set; } = [];

        public CrossCheckOptions ToOptions(string path)
        {
            var defaults = Default;
            var severity = Severity ?? new SeverityEntry();
            var thresholds = new SeverityThresholds(
                severity.MediumRelative ?? defaults.Severity.MediumRelative,
                severity.HighRelative ?? defaults.Severity.HighRelative,
                severity.MediumPoints ?? defaults.Severity.MediumPoints,
                severity.HighPoints ?? defaults.Severity.HighPoints,
                severity.MediumDays ?? defaults.Severity.MediumDays,
                severity.HighDays ?? defaults.Severity.HighDays);
            var options = new CrossCheckOptions(
                Approximate?.ToTolerance(defaults.Approximate) ?? defaults.Approximate,
                Exact?.ToTolerance(defaults.Exact) ?? defaults.Exact,
                DateDays ?? defaults.DateDays,
                thresholds,
                MaxFiguresPerBlock ?? defaults.MaxFiguresPerBlock,
                SameEventDays ?? defaults.SameEventDays,
                PresentYears ?? defaults.PresentYears,
                new HashSet<string>(SkipAttributes, StringComparer.Ordinal))
            {
                DatedOnly = new HashSet<string>(DatedOnly, StringComparer.Ordinal),
            };
            if (options.Approximate.Relative < 0 || options.Exact.Relative < 0 || options.DateDays < 0
                || options.Approximate.PercentagePoints < 0 || options.Exact.PercentagePoints < 0)
            {
                throw new ConfigException(path, null, "tolerances cannot be negative");
            }
            if (options.MaxFiguresPerBlock < 2)
            {
                throw new ConfigException(path, null, "max_figures_per_block must be at least 2");
            }
            if (options.SameEventDays < 0 || options.PresentYears < 0)
            {
                throw new ConfigException(path, null, "same_event_days and present_years cannot be negative");
            }
            return options;
        }
    }

    private sealed class ToleranceEntry
    {
        public double? Relative { get; set; }
        public double? PercentagePoints { get; set; }

        public Tolerance ToTolerance(Tolerance defaults) =>
            new(Relative ?? defaults.Relative, PercentagePoints ?? defaults.PercentagePoints);
    }

    private sealed class SeverityEntry
    {
        public double? MediumRelative { get; set; }
        public double? HighRelative { get; set; }
        public double? MediumPoints { get; set; }
        public double? HighPoints { get; set; }
        public int? MediumDays { get; set; }
        public int? HighDays { get; set; }
    }
}
