using Pipeline.App.Cli;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <summary>One document with what was found in it, and where a search matched it: what the document page and API show.</summary>
public sealed record DocumentView(
    Document Document,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<DisputeItem> Disputes,
    IReadOnlyList<TextSpan> Matches)
{
    /// <summary>Null when there is no document <paramref name="id"/>. A malformed <paramref name="query"/> throws <see cref="InvalidSearchQueryException"/>.</summary>
    public static async Task<DocumentView?> LoadAsync(PipelineDbContext db, Workspace workspace, int id, string? query, CancellationToken ct)
    {
        if (await new DocumentStore(db).FindAsync(id, ct) is not { } document)
        {
            return null;
        }
        var extraction = new ExtractionStore(db);
        var mentions = await extraction.MentionsAsync(id, ct);
        var claims = await extraction.ClaimsOfAsync(id, ct);
        var disputes = await new DisputeStore(db).ListOfDocumentAsync(id, ct);
        // Without an index (nothing ingested through it yet) there is nothing to mark.
        var matches = string.IsNullOrWhiteSpace(query) || !workspace.Index.Exists ? [] : workspace.Searcher.HighlightsIn(query, id);
        return new DocumentView(document, mentions, claims, disputes, matches);
    }
}
