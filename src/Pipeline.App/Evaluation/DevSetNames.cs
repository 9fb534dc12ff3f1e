using System.Collections.Frozen;

namespace Pipeline.App.Evaluation;

/// <summary>
/// The one table from the annotated set's names to Pipeline's: subjects to lexicon ids, measures
/// to attribute keys, units to canonical units. Edit it when Pipeline gains an entity or an
/// attribute. A set name left out keeps its own spelling (subjects, units) or is outside the
/// catalogue (measures).
/// </summary>
public static class DevSetNames
{
    /// <summary>Set subject → lexicon id ("world" is Pipeline's subject of world figures too).</summary>
    private static readonly FrozenDictionary<string, string> Subjects = new Dictionary<string, string>
    {
        ["us"] = "united-states",
        ["eu"] = "european-union",
        ["dysprosium"] = "dy",
        // The set names the bilateral framework; Pipeline names the two countries that act together.
        ["us-australia-framework"] = "australia+united-states",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Pipeline attribute key ← the set measures it covers.</summary>
    private static readonly (string Attribute, string[] Measures)[] Attributes =
    [
        ("mining-share", ["mining-share"]),
        ("refining-share", ["refining-share"]),
        ("magnet-share", ["magnet-production-share"]),
        ("reserves-share", ["reserves-share"]),
        ("supply-share", ["supply-share", "world-supply-share"]),
        ("import-reliance", ["import-dependence-share"]),
        ("equity-stake", ["stake-share"]),
        ("mine-output", ["mine-output-tonnes", "ndpr-oxide-output-tonnes", "hre-output-tonnes", "initial-output"]),
        ("reserves", ["reserves-tonnes"]),
        ("exports", ["export-volume"]),
        ("imports", ["import-volume"]),
        ("production-capacity", ["magnet-capacity-tonnes", "capacity-tonnes", "gallium-refinery-capacity-tonnes",
            "hre-separation-capacity-tonnes", "feed-capacity-tonnes",
            // The set's one "output-tonnes" is what a refinery being built will produce each year: its capacity.
            "output-tonnes"]),
        ("quota", ["mining-quota-tonnes", "smelting-separation-quota-tonnes"]),
        ("price-floor", ["price-floor"]),
        ("market-price", ["market-price"]),
        ("equity-investment", ["equity-investment", "cash-equity"]),
        ("loan", ["loan", "government-loan-total", "government-loan-initial", "government-loan-additional"]),
        ("grant", ["grant"]),
        ("contract-value", ["contract-value", "partnership-value"]),
        ("capex", ["capex"]),
        ("investment", ["investment", "investment-each-6mo", "combined-investment-6mo", "government-investment", "private-capital",
            "investment-unlocked"]),
        ("financing", ["exim-financing"]),
        ("cost-overrun-facility", ["cost-overrun-facility"]),
        ("project-pipeline", ["pipeline-value"]),
        ("resources-value", ["resources-value"]),
        ("market-size", ["market-size"]),
        ("revenue", ["revenue"]),
        ("market-cap", ["market-cap"]),
        ("share-price", ["share-price"]),
        ("earnings-per-share", ["adjusted-eps"]),
        ("share-price-change", ["share-price-change"]),
        ("price-change", ["market-price-change", "magnet-price-change"]),
        ("output-growth", ["mine-output-growth", "ndpr-oxide-output-growth"]),
        ("revenue-growth", ["revenue-growth"]),
        ("export-growth", ["magnet-export-growth"]),
        ("offtake-share", ["offtake-share"]),
        ("tariff-rate", ["baseline-tariff", "tariff-threat"]),
        ("recovery-rate", ["recovery-rate"]),
        ("cost-share", ["cost-share"]),
        ("stockpile", ["stockpile-tonnes"]),
        ("demand", ["magnet-demand-tonnes"]),
        ("floor-duration", ["price-floor-duration"]),
        // The set's one generic "duration" is the term of the suspension of the October controls.
        ("suspension-duration", ["duration"]),
        ("offtake-duration", ["offtake-duration"]),
        ("announced-on", ["announcement-date", "publication-date"]),
        ("takes-effect", ["effective-date"]),
        ("signed-on", ["signing-date", "deal-date"]),
        ("ends-on", ["end-date"]),
        ("starts-production", ["production-start-date", "plant-start-year", "operation-start-year"]),
        ("controlled-elements", ["controlled-element-count"]),
        ("reserves-rank", ["reserves-rank"]),
        ("market-share", ["market-share"]),
        ("purity", ["product-purity"]),
        ("ore-grade", ["ore-grade"]),
        ("de-minimis-share", ["de-minimis-threshold"]),
        ("cost-premium", ["cost-premium-vs-china"]),
        ("cost-ratio", ["cost-ratio-vs-west"]),
        ("floor-to-spot-ratio", ["price-floor-to-spot-ratio"]),
        ("licence-ends", ["licence-end-year"]),
        ("closed-on", ["closure-year"]),
        ("patent-count", ["pct-patent-count"]),
        ("patent-share", ["pct-patent-share"]),
    ];

    private static readonly FrozenDictionary<string, string> Measures = Attributes
        .SelectMany(a => a.Measures.Select(m => (Measure: m, a.Attribute)))
        .ToFrozenDictionary(p => p.Measure, p => p.Attribute, StringComparer.Ordinal);

    /// <summary>Set unit → Pipeline's canonical unit and how many of it one set unit is. Counts have no unit in Pipeline.</summary>
    private static readonly FrozenDictionary<string, (string Unit, double Factor)> Units = new Dictionary<string, (string, double)>
    {
        ["count"] = (string.Empty, 1),
        ["kg"] = ("t", 0.001),
        ["yr"] = ("year", 1),
        ["months"] = ("year", 1.0 / 12),
        // Pipeline gives one figure as a multiple of another in per cent of it (double: 200%).
        ["ratio"] = ("%", 100),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Subject(string setSubject) => Subjects.GetValueOrDefault(setSubject, setSubject);

    /// <summary>The Pipeline attribute of a set measure; null when the measure is outside the catalogue.</summary>
    public static string? Attribute(string setMeasure) => Measures.GetValueOrDefault(setMeasure);

    public static (string Unit, double Factor) Unit(string setUnit) => Units.GetValueOrDefault(setUnit, (setUnit, 1));
}
