using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <summary>The review queue as the page and GET /api/review show it: open items first, filtered, with counts per status.</summary>
public sealed class ReviewQueueReader(PipelineDbContext db)
{
    public async Task<ReviewQueueView> ListAsync(ReviewStatus? status, string? entity, string? attribute, CancellationToken ct)
    {
        var all = await new ReviewStore(db).ListAsync(null, ct);
        var counts = Enum.GetValues<ReviewStatus>().ToDictionary(s => s, s => all.Count(e => e.Item.Status == s));
        var shown = all
            .Where(e => status is null || e.Item.Status == status)
            .Where(e => string.IsNullOrEmpty(entity) || e.Item.Subject == entity)
            .Where(e => string.IsNullOrEmpty(attribute) || e.Item.Attribute == attribute)
            // Open items first; ListAsync's order (most severe, then oldest) within each status.
            .OrderBy(e => e.Item.Status != ReviewStatus.Open)
            .ToList();
        return new ReviewQueueView(shown, counts,
            [.. all.Select(e => e.Item.Subject).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. all.Select(e => e.Item.Attribute).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>"open", "confirmed", "dismissed" to a status; anything else to none (all).</summary>
    public static ReviewStatus? ParseStatus(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "open" => ReviewStatus.Open,
        "confirmed" => ReviewStatus.Confirmed,
        "dismissed" => ReviewStatus.Dismissed,
        _ => null,
    };

    /// <summary>"confirm" or "dismiss" to the decision; anything else to none.</summary>
    public static ReviewStatus? ParseDecision(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "confirm" => ReviewStatus.Confirmed,
        "dismiss" => ReviewStatus.Dismissed,
        _ => null,
    };
}
