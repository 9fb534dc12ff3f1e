using Pipeline.App.Output;
using Pipeline.Llm;
using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <summary>The review queue as the page and GET /api/review show it: open disputes first, filtered, with counts per status.</summary>
public sealed class ReviewQueueReader(PipelineDbContext db)
{
    /// <param name="dissentLanguage">Only disputes where a dissenting group has a source in this language ("en", "zh-Hans", "zh-Hant").</param>
    /// <param name="byModelCause">Within each status, in <see cref="VerdictOrder"/>: what the model says is not one fact first.</param>
    public async Task<ReviewQueueView> ListAsync(DisputeStatus? status, string? entity, string? attribute, string? dissentLanguage, bool byModelCause, CancellationToken ct)
    {
        var all = await new DisputeStore(db).ListAsync(null, ct);
        var counts = Enum.GetValues<DisputeStatus>().ToDictionary(s => s, s => all.Count(e => e.Item.Status == s));
        var shown = (byModelCause ? VerdictOrder.Apply(all) : all)
            .Where(e => status is null || e.Item.Status == status)
            .Where(e => string.IsNullOrEmpty(entity) || e.Item.Subject == entity)
            .Where(e => string.IsNullOrEmpty(attribute) || e.Item.Attribute == attribute)
            .Where(e => string.IsNullOrEmpty(dissentLanguage) || DissentLanguages(e).Contains(dissentLanguage))
            // Open disputes first; within each status the order above (stable), else ListAsync's (most severe, then oldest).
            .OrderBy(e => e.Item.Status != DisputeStatus.Open)
            .ToList();
        return new ReviewQueueView(shown, counts,
            [.. all.Select(e => e.Item.Subject).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. all.Select(e => e.Item.Attribute).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. all.SelectMany(DissentLanguages).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The languages (with script) the dissenting groups' sources are written in.</summary>
    public static IEnumerable<string> DissentLanguages(DisputeEntry entry) =>
        entry.Groups.Where(g => g.Dissent).SelectMany(g => g.Claims).Select(c => LanguageLabel.Of(c.Document.Language, c.Document.Script)).Distinct(StringComparer.Ordinal);
}
