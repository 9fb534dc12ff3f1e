using Pipeline.App.Hosting;
using Pipeline.Storage;

namespace Pipeline.App.Output;

/// <summary>A review item as `review list --json` prints it and GET /api/review returns it.</summary>
public static class ReviewJson
{
    /// <summary>
    /// A dispute: the fact, its value groups with their claims, why they disagree, the decision, the model's verdict (null when none); and, for
    /// tools written against pair items, <c>a</c> and <c>b</c>: a claim of the best-supported group and
    /// one of the strongest dissent.
    /// </summary>
    public static object Of(DisputeEntry entry)
    {
        var item = entry.Item;
        var best = entry.Groups.Count > 0 ? FirstSide(entry.Groups[0]) : null;
        var dissent = entry.Groups.Where(g => g.Dissent).Select(FirstSide).FirstOrDefault(s => s is not null);
        return new
        {
            item.Id,
            Status = DisputeStatuses.Word(item.Status),
            Fact = new { item.Subject, Measure = item.Attribute, item.Scope, item.Modality, Period = item.Period.Length == 0 ? null : item.Period, item.Unit },
            Groups = entry.Groups.Select(g => new { g.Value, Support = g.Sources, g.Dissent, Claims = g.Claims.Select(c => Side(c.Claim, c.Document)) }),
            item.Reason,
            Severity = item.Severity.ToString().ToLowerInvariant(),
            item.UnitConfusion,
            Decision = new
            {
                Status = DisputeStatuses.Word(item.Status),
                Reason = item.DismissReason is { } reason ? DismissReasons.Word(reason) : null,
                Correct = item.CorrectValue,
                item.Note,
                item.DecidedAt,
                Previous = item.PreviousDecision,
            },
            Verdict = Verdict(item),
            A = best,
            B = dissent,
        };
    }

    /// <summary>The model's second opinion on <paramref name="item"/>, null when it has none; `review list --json` and `facts --json` show it alike.</summary>
    public static object? Verdict(DisputeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.VerdictAt is null ? null : new
        {
            Cause = item.VerdictCause,
            SameFact = item.VerdictSameFact,
            Disagree = item.VerdictDisagree,
            Explanation = item.VerdictExplanation,
            Confidence = item.VerdictConfidence,
            Model = item.VerdictModel,
            At = item.VerdictAt,
        };
    }

    private static Dictionary<string, object?>? FirstSide(DisputeEntryGroup group) =>
        group.Claims.Count > 0 ? Side(group.Claims[0].Claim, group.Claims[0].Document) : null;

    /// <summary>One claim with its source: the figure as written (the marked span) and as normalized; "time" only when the claim names one.</summary>
    public static Dictionary<string, object?> Side(ClaimRecord claim, Document document)
    {
        var side = new Dictionary<string, object?>
        {
            ["docId"] = document.Id,
            ["source"] = PipelinePaths.Display(document.Source),
            ["title"] = document.Title,
            ["date"] = document.PublishedOn,
            ["lang"] = document.Language,
            ["script"] = document.Script,
            ["sentence"] = claim.Sentence,
            ["start"] = claim.Start,
            ["end"] = claim.End,
            ["written"] = claim.Sentence.Substring(claim.Start - claim.SentenceStart, claim.End - claim.Start),
            ["origin"] = claim.OriginName,
            ["value"] = claim.DateFrom is { } from
                ? new { Lo = (object?)from, Hi = (object?)(claim.DateTo ?? from), Unit = (string?)"date", Qualifier = (string?)(from == (claim.DateTo ?? from) ? "exact" : "range"), StatedUnit = (string?)null }
                : new { Lo = (object?)claim.Low, Hi = (object?)claim.High, Unit = claim.Unit, Qualifier = claim.Qualifier?.ToString().ToLowerInvariant(), claim.StatedUnit },
        };
        if (claim.Model is { } model)
        {
            side["model"] = model;
        }
        if (claim.TimeFrom is not null)
        {
            side["time"] = new { From = claim.TimeFrom, To = claim.TimeTo };
        }
        return side;
    }
}
