using Pipeline.App.Cli;
using Pipeline.Storage;

namespace Pipeline.App.Output;

/// <summary>A review item as `review list --json` prints it and GET /api/review returns it.</summary>
public static class ReviewJson
{
    public static object Of(ReviewEntry entry) => new
    {
        entry.Item.Id,
        Status = StatusWord(entry.Item.Status),
        entry.Item.Subject,
        entry.Item.Attribute,
        entry.Item.Reason,
        Severity = entry.Item.Severity.ToString().ToLowerInvariant(),
        entry.Item.WithinDocument,
        A = Side(entry.A, entry.DocumentA),
        B = Side(entry.B, entry.DocumentB),
        entry.Item.Note,
    };

    /// <summary>One claim of an item; "time" only when the claim names one.</summary>
    public static Dictionary<string, object?> Side(ClaimRecord claim, Document document)
    {
        var side = new Dictionary<string, object?>
        {
            ["docId"] = document.Id,
            ["source"] = Workspace.DisplayPath(document.Source),
            ["title"] = document.Title,
            ["lang"] = document.Language,
            ["script"] = document.Script,
            ["sentence"] = claim.Sentence,
            ["start"] = claim.Start,
            ["end"] = claim.End,
            ["value"] = claim.DateFrom is { } from
                ? new { Lo = (object?)from, Hi = (object?)(claim.DateTo ?? from), Unit = (string?)"date", Qualifier = (string?)(from == (claim.DateTo ?? from) ? "exact" : "range"), StatedUnit = (string?)null }
                : new { Lo = (object?)claim.Low, Hi = (object?)claim.High, Unit = claim.Unit, Qualifier = claim.Qualifier?.ToString().ToLowerInvariant(), claim.StatedUnit },
        };
        if (claim.TimeFrom is not null)
        {
            side["time"] = new { From = claim.TimeFrom, To = claim.TimeTo };
        }
        return side;
    }

    public static string StatusWord(ReviewStatus status) => status.ToString().ToLowerInvariant();
}
