using System.Globalization;
using System.Text.Json;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>
/// One claim the model proposed, held against what is known: a lexicon id for the subject, the
/// catalogue's measures and scopes, and a value (and period) read by the rules in the sentence itself,
/// whose span becomes the claim's. Anything else is refused with the reason, never repaired.
/// </summary>
public sealed class ModelClaimReader(AttributeCatalog catalog, Lexicon lexicon)
{
    private static readonly string[] Fields = ["subject", "measure", "scope", "value", "low", "high", "unit", "period"];

    /// <summary>The claim, or null with why it is refused.</summary>
    public Claim? Read(JsonElement proposed, HelpSentence sentence, out string? error)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        error = null;
        if (proposed.ValueKind != JsonValueKind.Object)
        {
            return Refuse("a claim is not a JSON object", out error);
        }
        if (proposed.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !Fields.Contains(n, StringComparer.Ordinal)) is { } extra)
        {
            return Refuse($"unexpected field '{extra}'", out error);
        }
        var subject = Text(proposed, "subject");
        if (subject is null || lexicon.Find(subject) is null)
        {
            return Refuse($"subject '{subject}' is not a lexicon id", out error);
        }
        var measureKey = Text(proposed, "measure");
        if (measureKey is null || catalog.Find(measureKey) is not { } measure || measure.ValueKind == MentionKind.Date)
        {
            return Refuse($"measure '{measureKey}' is not in the catalogue", out error);
        }
        var scope = Text(proposed, "scope");
        var scopeDefinition = scope is null ? null : catalog.Scopes.FirstOrDefault(s => s.Key == scope);
        if (scope is not null && scopeDefinition is null)
        {
            return Refuse($"scope '{scope}' is not in the catalogue", out error);
        }
        if (scopeDefinition is not null && !scopeDefinition.Narrows(measure.Key))
        {
            return Refuse($"scope '{scope}' does not narrow {measure.Key}", out error);
        }
        var unit = Text(proposed, "unit") ?? "";
        if (!Number(proposed, "value", out var value) || !Number(proposed, "low", out var low) || !Number(proposed, "high", out var high))
        {
            return Refuse("value, low and high must be numbers or null", out error);
        }
        (low, high) = value is { } single ? (single, single) : (low, high);
        if (low is null && high is null)
        {
            return Refuse("no value", out error);
        }
        var mention = sentence.Values.FirstOrDefault(m => m.Kind == measure.ValueKind && m.Unit == unit && Same(m.Low, low) && Same(m.High, high));
        if (mention is null)
        {
            var shown = value is { } v ? Format(v) : $"{Format(low)}..{Format(high)}";
            return Refuse($"{shown} {unit} is not a {measure.ValueKind.ToString().ToLowerInvariant()} value read in the sentence", out error);
        }
        DateSpan? time = null;
        if (Text(proposed, "period") is { } period)
        {
            if (Period(period) is not { } span || !sentence.Dates.Any(d => d.DateFrom == span.From && d.DateTo == span.To))
            {
                return Refuse($"period '{period}' is not a date named in the sentence", out error);
            }
            time = span;
        }
        var offset = sentence.Start;
        return new Claim(subject, measure.Key, new Measure(mention.Low, mention.High, unit, mention.Qualifier ?? Qualifier.Exact, mention.StatedUnit),
            null, time, mention.Start, mention.End, offset, sentence.End, sentence.Text)
        {
            Scope = scope,
            AsOf = time is null ? sentence.Document.PublishedOn : null,
        };
    }

    private static Claim? Refuse(string reason, out string? error)
    {
        error = reason;
        return null;
    }

    private static string? Text(JsonElement claim, string name) =>
        claim.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String && field.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>False when the field is there and neither a number nor null.</summary>
    private static bool Number(JsonElement claim, string name, out double? value)
    {
        value = null;
        if (!claim.TryGetProperty(name, out var field) || field.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (field.ValueKind == JsonValueKind.Number && field.TryGetDouble(out var number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }
        return false;
    }

    // The model copies the listed figure; a tolerance only absorbs how it prints a double.
    private static bool Same(double? stored, double? proposed) =>
        stored is null ? proposed is null : proposed is { } p && Math.Abs(stored.Value - p) <= 1e-9 * Math.Max(1, Math.Abs(p));

    /// <summary>2024, 2024-06 or 2024-06-30 as the span of days it covers.</summary>
    private static DateSpan? Period(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            return new DateSpan(day, day);
        }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", invariant, DateTimeStyles.None, out var month))
        {
            return new DateSpan(month, month.AddMonths(1).AddDays(-1));
        }
        return int.TryParse(text, NumberStyles.None, invariant, out var year) && year is >= 1900 and <= 2200
            ? new DateSpan(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            : null;
    }

    private static string Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "open";
}
