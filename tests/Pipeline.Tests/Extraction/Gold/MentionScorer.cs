using System.Globalization;
using System.Text;
using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Gold;

/// <summary>The two families scored apart: what the value extractor finds, and what the entity extractor finds.</summary>
internal enum MentionFamily
{
    /// <summary>Money, quantities, rates, percentages and dates.</summary>
    ValuesAndDates,

    /// <summary>Companies, elements, materials, organisations, countries, places.</summary>
    Entities,
}

/// <summary>
/// Compares predicted mentions with gold ones. A prediction matches a gold mention when
/// <list type="number">
/// <item>the kinds are equal;</item>
/// <item>the spans overlap by at least half of the gold span (so "4亿" for "4亿美元", or "$400 million in"
/// for "$400 million", still line up, while a span that only touches the gold one does not);</item>
/// <item>the values agree: for values, the same unit, the same qualifier, and each bound within 0.5%
/// relative (both open, or both within tolerance); for dates, the same first and last day; for
/// entities, the same id.</item>
/// </list>
/// Matching is one-to-one and greedy: candidate pairs are taken largest overlap first, then nearest
/// start. Precision is matched predictions over predictions, recall matched gold over gold.
/// Count and Duration mentions and persons are not annotated, so predictions of those are ignored.
/// </summary>
internal static class MentionScorer
{
    public const double RelativeTolerance = 0.005;

    public static MentionFamily? FamilyOf(MentionKind kind) => kind switch
    {
        MentionKind.Entity => MentionFamily.Entities,
        MentionKind.Money or MentionKind.Quantity or MentionKind.Rate or MentionKind.Percentage or MentionKind.Date
            => MentionFamily.ValuesAndDates,
        _ => null,
    };

    /// <summary>Scores one document; add the results of several with <see cref="ScoreReport.Combine"/>.</summary>
    public static ScoreReport Score(string document, string text, IReadOnlyList<Mention> gold, IReadOnlyList<Mention> predicted)
    {
        var scoredGold = gold.Where(IsScored).ToList();
        var scoredPredicted = predicted.Where(IsScored).ToList();

        var pairs = new List<(int Gold, int Predicted, int Overlap, int Distance)>();
        for (var g = 0; g < scoredGold.Count; g++)
        {
            for (var p = 0; p < scoredPredicted.Count; p++)
            {
                if (Matches(scoredGold[g], scoredPredicted[p]))
                {
                    pairs.Add((g, p, Overlap(scoredGold[g], scoredPredicted[p]), Math.Abs(scoredGold[g].Start - scoredPredicted[p].Start)));
                }
            }
        }
        var goldTaken = new bool[scoredGold.Count];
        var predictedTaken = new bool[scoredPredicted.Count];
        foreach (var (g, p, _, _) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Distance).ThenBy(x => x.Gold))
        {
            if (!goldTaken[g] && !predictedTaken[p])
            {
                goldTaken[g] = predictedTaken[p] = true;
            }
        }

        var outcomes = new List<Outcome>();
        for (var g = 0; g < scoredGold.Count; g++)
        {
            outcomes.Add(new Outcome(document, text, scoredGold[g], goldTaken[g] ? OutcomeKind.Matched : OutcomeKind.Missed,
                goldTaken[g] ? null : NearestSameKind(scoredGold[g], scoredPredicted, predictedTaken)));
        }
        for (var p = 0; p < scoredPredicted.Count; p++)
        {
            if (!predictedTaken[p])
            {
                outcomes.Add(new Outcome(document, text, scoredPredicted[p], OutcomeKind.FalsePositive,
                    NearestSameKind(scoredPredicted[p], scoredGold, goldTaken)));
            }
        }
        return new ScoreReport(outcomes);
    }

    /// <summary>Counts, durations and persons are not annotated, so they are not scored either way.</summary>
    public static bool IsScored(Mention m) => FamilyOf(m.Kind) is not null && m.EntityKind != EntityKind.Person;

    public static bool Matches(Mention gold, Mention predicted) =>
        gold.Kind == predicted.Kind
        && 2 * Overlap(gold, predicted) >= gold.End - gold.Start
        && SameValue(gold, predicted);

    public static int Overlap(Mention a, Mention b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    public static bool SameValue(Mention gold, Mention predicted) => gold.Kind switch
    {
        MentionKind.Entity => string.Equals(gold.EntityId, predicted.EntityId, StringComparison.OrdinalIgnoreCase),
        MentionKind.Date => gold.Date is not null && gold.Date == predicted.Date,
        _ => gold.Value is { } g && predicted.Value is { } p
            && string.Equals(g.Unit, p.Unit, StringComparison.OrdinalIgnoreCase)
            && g.Qualifier == p.Qualifier
            && Close(g.Low, p.Low) && Close(g.High, p.High),
    };

    private static bool Close(double? expected, double? actual) =>
        (expected, actual) switch
        {
            (null, null) => true,
            ({ } e, { } a) => Math.Abs(e - a) <= RelativeTolerance * Math.Max(Math.Abs(e), Math.Abs(a)),
            _ => false,
        };

    /// <summary>An unmatched mention of the same kind overlapping this one: "found, but with another value".</summary>
    private static Mention? NearestSameKind(Mention mention, List<Mention> others, bool[] taken)
    {
        Mention? best = null;
        var bestOverlap = 0;
        for (var i = 0; i < others.Count; i++)
        {
            var overlap = Overlap(mention, others[i]);
            if (others[i].Kind == mention.Kind && overlap > bestOverlap)
            {
                best = others[i];
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /// <summary>The normalized value of a mention, as one short string.</summary>
    public static string Describe(Mention m) => m.Kind switch
    {
        MentionKind.Entity => m.EntityId ?? "(no id)",
        MentionKind.Date => m.Date is null ? "(no date)"
            : m.Date.From == m.Date.To ? Iso(m.Date.From) : Iso(m.Date.From) + ".." + Iso(m.Date.To),
        _ => m.Value is null ? "(no value)"
            : string.Create(CultureInfo.InvariantCulture,
                $"{Number(m.Value.Low)}..{Number(m.Value.High)} {m.Value.Unit} {m.Value.Qualifier}"),
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double? x) => x?.ToString("G6", CultureInfo.InvariantCulture) ?? "open";
}

internal enum OutcomeKind
{
    Matched,
    Missed,
    FalsePositive,
}

/// <summary>What became of one gold mention (matched or missed) or one unmatched prediction.</summary>
/// <param name="Nearest">For a miss, the unmatched prediction of the same kind that overlaps it most; for a false positive, the gold mention it overlaps most.</param>
internal sealed record Outcome(string Document, string Text, Mention Mention, OutcomeKind Kind, Mention? Nearest)
{
    public MentionFamily Family => MentionScorer.FamilyOf(Mention.Kind)!.Value;

    public string Line()
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{Document} {Mention.Kind} @{Mention.Start} \"{Mention.Surface}\" = {MentionScorer.Describe(Mention)}   …{Context()}…");
        if (Nearest is not null)
        {
            var role = Kind == OutcomeKind.Missed ? "predicted" : "gold";
            line += string.Create(CultureInfo.InvariantCulture,
                $"   [{role} here: \"{Nearest.Surface}\" = {MentionScorer.Describe(Nearest)}]");
        }
        return line;
    }

    private string Context()
    {
        const int Width = 12;
        var from = Math.Max(0, Mention.Start - Width);
        var to = Math.Min(Text.Length, Mention.End + Width);
        return (Text[from..Mention.Start] + "[" + Text[Mention.Start..Mention.End] + "]" + Text[Mention.End..to])
            .ReplaceLineEndings("⏎");
    }
}

/// <summary>Precision and recall per kind and per family, over one document or many.</summary>
internal sealed class ScoreReport(IReadOnlyList<Outcome> outcomes)
{
    public IReadOnlyList<Outcome> Outcomes { get; } = outcomes;

    public static ScoreReport Combine(IEnumerable<ScoreReport> reports) => new([.. reports.SelectMany(r => r.Outcomes)]);

    public Figures For(MentionFamily family) => Figures.Of(Outcomes.Where(o => o.Family == family));

    public Figures For(MentionKind kind) => Figures.Of(Outcomes.Where(o => o.Mention.Kind == kind));

    public IEnumerable<Outcome> Misses(MentionFamily family) =>
        Outcomes.Where(o => o.Family == family && o.Kind == OutcomeKind.Missed);

    public IEnumerable<Outcome> FalsePositives(MentionFamily family) =>
        Outcomes.Where(o => o.Family == family && o.Kind == OutcomeKind.FalsePositive);

    /// <summary>The table, then per family the most frequent misses and false positives, then every one of them.</summary>
    public string Format(int listLimit = 400)
    {
        var text = new StringBuilder();
        text.AppendLine("kind          gold  predicted  matched  precision  recall");
        foreach (var family in Enum.GetValues<MentionFamily>())
        {
            foreach (var kind in Enum.GetValues<MentionKind>().Where(k => MentionScorer.FamilyOf(k) == family))
            {
                text.AppendLine(For(kind).Row(kind.ToString()));
            }
            text.AppendLine(For(family).Row("= " + (family == MentionFamily.Entities ? "entities" : "values+dates")));
        }
        foreach (var family in Enum.GetValues<MentionFamily>())
        {
            AppendList(text, family, "MISSED (gold not found)", Misses(family).ToList(), listLimit);
            AppendList(text, family, "FALSE POSITIVES (predicted, not in gold)", FalsePositives(family).ToList(), listLimit);
        }
        return text.ToString();
    }

    private static void AppendList(StringBuilder text, MentionFamily family, string title, List<Outcome> items, int limit)
    {
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"== {family}: {title}: {items.Count}");
        var top = items
            .GroupBy(o => $"{o.Mention.Kind} \"{o.Mention.Surface}\" = {MentionScorer.Describe(o.Mention)}")
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(15);
        text.AppendLine("   most frequent: " + string.Join("; ", top.Select(g => $"{g.Key} x{g.Count()}")));
        foreach (var o in items.Take(limit))
        {
            text.AppendLine("   " + o.Line());
        }
        if (items.Count > limit)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"   … and {items.Count - limit} more");
        }
    }
}

internal sealed record Figures(int Gold, int Predicted, int Matched)
{
    /// <summary>Matched predictions over predictions; 1 when nothing was predicted and nothing was there to find.</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public static Figures Of(IEnumerable<Outcome> outcomes)
    {
        int gold = 0, matched = 0, falsePositives = 0;
        foreach (var o in outcomes)
        {
            switch (o.Kind)
            {
                case OutcomeKind.Matched: gold++; matched++; break;
                case OutcomeKind.Missed: gold++; break;
                case OutcomeKind.FalsePositive: falsePositives++; break;
            }
        }
        return new Figures(gold, matched + falsePositives, matched);
    }

    public string Row(string label) =>
        string.Create(CultureInfo.InvariantCulture, $"{label,-12} {Gold,5} {Predicted,10} {Matched,8} {Precision,10:0.000} {Recall,7:0.000}");
}
