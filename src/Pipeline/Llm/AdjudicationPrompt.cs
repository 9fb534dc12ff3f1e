using System.Globalization;
using System.Text;
using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>What the model is asked about one dispute: the fact, and each value group's sentences as written (original script) with their sources.</summary>
public static class AdjudicationPrompt
{
    public const string System = """
        You check disputed figures found in news articles in English and Chinese. You are given a fact
        (subject, measure, scope, period, unit) and groups of sentences that state different values for it.
        Decide whether the sentences really speak of the same subject, measure, scope and period (sameFact),
        and whether their figures truly disagree (disagree). Give the main cause of the difference, one of:
        same-fact-conflict, different-scope, different-period, different-measure, extraction-error, unit-confusion.
        Answer with one JSON object and nothing else:
        {"sameFact": true|false, "disagree": true|false, "cause": "<one of the causes>", "explanation": "<one or two sentences, in English>", "confidence": <0 to 1>}
        """;

    /// <summary>Sentences per value group: enough to judge; a group's further sources add little.</summary>
    public const int SentencesPerGroup = 5;

    public static string User(DisputeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var item = entry.Item;
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("Fact:");
        text.AppendLine(invariant, $"- subject: {item.Subject}");
        text.AppendLine(invariant, $"- measure: {item.Attribute}");
        text.AppendLine(invariant, $"- scope: {item.Scope ?? "(none stated)"}");
        text.AppendLine(invariant, $"- period: {(item.Period.Length == 0 ? "(present)" : item.Period)}");
        text.AppendLine(invariant, $"- unit: {item.Unit}");
        text.AppendLine(invariant, $"Why the rules flagged it: {item.Reason}");
        for (var g = 0; g < entry.Groups.Count; g++)
        {
            var group = entry.Groups[g];
            text.AppendLine();
            text.AppendLine(invariant, $"Group {g + 1}: {group.Value} ({group.Sources} source{(group.Sources == 1 ? "" : "s")}{(group.Dissent ? ", the dissent" : "")})");
            foreach (var (claim, document) in group.Claims.Take(SentencesPerGroup))
            {
                var date = document.PublishedOn is { } on ? on.ToString("yyyy-MM-dd", invariant) : "undated";
                text.AppendLine(invariant, $"- [{document.Language}, {date}, {document.Title ?? Path.GetFileName(document.Source)}] {claim.Sentence}");
            }
        }
        return text.ToString();
    }
}
