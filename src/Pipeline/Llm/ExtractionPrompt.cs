using System.Globalization;
using System.Text;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>What the model is asked about one sentence the rules read no claim from: the catalogue's measures and scopes, the sentence as written, its entities and values.</summary>
public static class ExtractionPrompt
{
    /// <summary>The standing instructions, with the catalogue in them: a changed catalogue is a new question, never answered from the cache.</summary>
    public static string System(AttributeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("""
            You read figures from news sentences in English and Chinese about critical minerals. You are given one
            sentence, the entities named in it (with their ids) and the values found in it (with their normalized
            value and unit). List the claims the sentence states: which entity (subject, one of the ids), which
            measure, narrowed by which scope (or null), which value (copy a listed value exactly: "value" for a single
            figure, "low" and "high" for a range or an open bound, null for the open side), its unit (copy the listed
            unit) and the period it is about ("2024", "2024-06", "2024-06-30" when the sentence names it, else null).
            Only measures and scopes from the lists below; no claim at all when none fits. Never compute a value.
            Answer with one JSON object and nothing else:
            {"claims": [{"subject": "<entity id>", "measure": "<measure>", "scope": "<scope>"|null, "value": <number>, "unit": "<unit>", "period": "<period>"|null}]}
            """);
        text.AppendLine("Measures (key: value kind, name):");
        foreach (var measure in catalog.Attributes.Where(a => a.ValueKind != MentionKind.Date))
        {
            text.AppendLine(invariant, $"- {measure.Key}: {measure.ValueKind.ToString().ToLowerInvariant()}, {measure.Name}");
        }
        text.AppendLine("Scopes (key: the measures it narrows):");
        foreach (var scope in catalog.Scopes)
        {
            text.AppendLine(invariant, $"- {scope.Key}: {(scope.Measures.Count == 0 ? "any" : string.Join(", ", scope.Measures.Order(StringComparer.Ordinal)))}");
        }
        text.AppendLine("Units by value kind: percentage %; money a currency code (USD, CNY, EUR, AUD); rate a currency per kg (USD/kg); quantity t; count an empty unit; duration year; rank rank.");
        return text.ToString();
    }

    public static string User(HelpSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        var date = sentence.Document.PublishedOn is { } on ? "published " + on.ToString("yyyy-MM-dd", invariant) : "undated";
        text.AppendLine(invariant, $"Sentence ({sentence.Document.Language}, {date}):");
        text.AppendLine(sentence.Text);
        text.AppendLine("Entities:");
        foreach (var entity in sentence.Entities.DistinctBy(e => e.EntityId))
        {
            text.AppendLine(invariant, $"- {entity.EntityId}: \"{entity.Surface}\"");
        }
        text.AppendLine("Values:");
        foreach (var value in sentence.Values)
        {
            var amount = value.Low == value.High ? Format(value.Low) : $"low {Format(value.Low)}, high {Format(value.High)}";
            text.AppendLine(invariant, $"- \"{value.Surface}\": {amount} {value.Unit} ({value.Kind.ToString().ToLowerInvariant()})");
        }
        return text.ToString();
    }

    private static string Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
