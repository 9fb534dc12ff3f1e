using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Index;

namespace Pipeline.Ingestion;

/// <summary>What extraction found in one document: its mentions, and the claims built from them.</summary>
public sealed record DocumentAnalysis(IReadOnlyList<Mention> Mentions, IReadOnlyList<Claim> Claims)
{
    public static DocumentAnalysis Empty { get; } = new([], []);

    /// <summary>The lexicon entities mentioned, for the index's entity field.</summary>
    public IReadOnlyList<EntityOccurrence> Entities =>
        [.. Mentions.Where(m => m.Kind == MentionKind.Entity && m.Verified && m.EntityId is not null)
            .Select(m => new EntityOccurrence(m.EntityId!, m.Start, m.End))];
}
