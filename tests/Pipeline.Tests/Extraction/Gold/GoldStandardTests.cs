using System.Globalization;
using Pipeline.Extraction;
using Pipeline.Sources;
using Pipeline.Text;
using Xunit.Abstractions;

namespace Pipeline.Tests.Extraction.Gold;

/// <summary>
/// The hand-written gold standard (six articles, both scripts and English) against the default
/// extractors: precision and recall for values and dates, and for entities, with every miss and
/// false positive printed so the extractors can be improved.
/// </summary>
public sealed class GoldStandardTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.9;
    private const double MinRecall = 0.85;

    [Fact]
    public void Gold_offsets_slice_out_their_surfaces()
    {
        var files = GoldFile.LoadAll();
        Assert.Equal(6, files.Count);
        var problems = new List<string>();
        foreach (var gold in files)
        {
            var source = DocumentReader.Read(gold.CorpusPath, File.ReadAllBytes(gold.CorpusPath));
            if (gold.DocumentDate != source.PublishedOn)
            {
                problems.Add($"{gold.File}: documentDate {gold.DocumentDate} but the reader finds {source.PublishedOn}");
            }
            foreach (var m in gold.Mentions)
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"{gold.File} {m.Kind} @{m.Start} \"{m.Surface}\"");
                if (m.Start < 0 || m.End > source.Text.Length || m.Start >= m.End)
                {
                    problems.Add(where + ": span out of the text");
                    continue;
                }
                if (source.Text[m.Start..m.End] != m.Surface)
                {
                    problems.Add(where + ": the text there is \"" + source.Text[m.Start..m.End] + "\"");
                }
                problems.AddRange(ShapeProblems(m).Select(p => where + ": " + p));
            }
            foreach (var family in gold.ToMentions().GroupBy(m => MentionScorer.FamilyOf(m.Kind)))
            {
                var ordered = family.OrderBy(m => m.Start).ToList();
                problems.AddRange(ordered.Zip(ordered.Skip(1))
                    .Where(p => p.Second.Start < p.First.End)
                    .Select(p => $"{gold.File}: \"{p.First.Surface}\"@{p.First.Start} overlaps \"{p.Second.Surface}\"@{p.Second.Start}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        var report = ScoreReport.Combine(GoldFile.LoadAll().Select(g =>
            MentionScorer.Score(g.File, ReadText(g), g.ToMentions(), g.ToMentions())));
        foreach (var family in Enum.GetValues<MentionFamily>())
        {
            Assert.Equal(1.0, report.For(family).Precision);
            Assert.Equal(1.0, report.For(family).Recall);
        }
    }

    [Fact]
    public void Scorer_matches_on_half_the_gold_span_and_the_value_within_tolerance()
    {
        const string Text = "投资4亿美元,获得其15%股份";
        var gold = new[]
        {
            new Mention(MentionKind.Money, 2, 6, "4亿美元") { Value = Measure.Exactly(4e8, "USD") },
            new Mention(MentionKind.Percentage, 10, 13, "15%") { Value = Measure.Exactly(15, "%") },
        };
        Mention Money(int start, int end, double value, Qualifier qualifier = Qualifier.Exact) =>
            new(MentionKind.Money, start, end, Text[start..end]) { Value = new Measure(value, value, "USD", qualifier) };

        Assert.True(MentionScorer.Matches(gold[0], Money(2, 4, 4e8)));          // "4亿": half of the gold span
        Assert.True(MentionScorer.Matches(gold[0], Money(0, 7, 4.01e8)));       // a wider span, 0.25% off
        Assert.False(MentionScorer.Matches(gold[0], Money(2, 3, 4e8)));         // "4": a quarter of it
        Assert.False(MentionScorer.Matches(gold[0], Money(2, 6, 4.1e8)));       // 2.5% off
        Assert.False(MentionScorer.Matches(gold[0], Money(2, 6, 4e8, Qualifier.Approximate)));

        // One prediction serves one gold mention only; a Count prediction is not scored at all.
        var predicted = new[]
        {
            Money(2, 6, 4e8), Money(2, 6, 4e8),
            new Mention(MentionKind.Count, 10, 12, "15") { Value = Measure.Exactly(15, "") },
        };
        var report = MentionScorer.Score("t", Text, gold, predicted);
        Assert.Equal(new Figures(2, 2, 1), report.For(MentionFamily.ValuesAndDates));
    }

    [Fact]
    public void Extractors_meet_the_gold_standard()
    {
        var extractor = DefaultExtractors.Create();
        var reports = new List<ScoreReport>();
        foreach (var gold in GoldFile.LoadAll())
        {
            var text = ReadText(gold);
            var input = ExtractionInput.From(text, LanguageDetector.Detect(text).Language, gold.DocumentDate);
            var report = MentionScorer.Score(gold.File, text, gold.ToMentions(), extractor.Extract(input));
            reports.Add(report);
            output.WriteLine($"{gold.File}: values+dates {Summary(report.For(MentionFamily.ValuesAndDates))}; entities {Summary(report.For(MentionFamily.Entities))}");
        }
        var all = ScoreReport.Combine(reports);
        output.WriteLine("");
        output.WriteLine(all.Format());

        var values = all.For(MentionFamily.ValuesAndDates);
        var entities = all.For(MentionFamily.Entities);
        Assert.True(values.Precision >= MinPrecision && values.Recall >= MinRecall && entities.Precision >= MinPrecision && entities.Recall >= MinRecall,
            $"values+dates {Summary(values)}; entities {Summary(entities)}; wanted precision >= {MinPrecision} and recall >= {MinRecall} (the test output lists every miss and false positive)");
    }

    private static string ReadText(GoldFile gold) =>
        DocumentReader.Read(gold.CorpusPath, File.ReadAllBytes(gold.CorpusPath)).Text;

    private static string Summary(Figures f) =>
        string.Create(CultureInfo.InvariantCulture, $"P {f.Precision:0.000} R {f.Recall:0.000} ({f.Matched} of {f.Predicted} predicted, {f.Gold} gold)");

    /// <summary>What a gold mention of its kind must carry, and how a qualifier bounds its interval.</summary>
    private static IEnumerable<string> ShapeProblems(GoldMention m)
    {
        switch (m.Kind)
        {
            case MentionKind.Entity:
                if (m.EntityId is null || !System.Text.RegularExpressions.Regex.IsMatch(m.EntityId, "^[a-z0-9]+(-[a-z0-9]+)*$"))
                {
                    yield return "an entity needs a kebab-case entityId";
                }
                break;
            case MentionKind.Date:
                if (m.Date is null || m.Date.From > m.Date.To)
                {
                    yield return "a date needs from <= to";
                }
                break;
            case MentionKind.Money or MentionKind.Quantity or MentionKind.Rate or MentionKind.Percentage:
                if (m.Value is not { } v)
                {
                    yield return "a value needs lo, hi, unit, qualifier";
                    break;
                }
                var ok = v.Qualifier switch
                {
                    Qualifier.Exact or Qualifier.Approximate => v.Lo is not null && v.Lo == v.Hi,
                    Qualifier.AtLeast => v.Lo is not null && v.Hi is null,
                    Qualifier.AtMost => v.Lo is null && v.Hi is not null,
                    Qualifier.Range => v.Lo is not null && v.Hi is not null && v.Lo < v.Hi,
                    _ => false,
                };
                if (!ok)
                {
                    yield return $"lo {v.Lo} / hi {v.Hi} do not fit the qualifier {v.Qualifier}";
                }
                var units = m.Kind switch
                {
                    MentionKind.Money => ["USD", "CNY", "EUR", "AUD"],
                    MentionKind.Quantity => ["t"],
                    MentionKind.Rate => ["USD/kg", "CNY/kg", "EUR/kg", "AUD/kg"],
                    _ => new[] { "%" },
                };
                if (!units.Contains(v.Unit))
                {
                    yield return $"unit {v.Unit} is not canonical for {m.Kind}";
                }
                break;
            default:
                yield return "Count and Duration are not annotated";
                break;
        }
    }
}
