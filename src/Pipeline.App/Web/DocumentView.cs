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
    /// <summary>The stretch of the text shown; the whole text unless <see cref="Within"/> narrowed it.</summary>
    public TextPart Part { get; private init; } = new(0, Document.Text.Length, Document.Text.Length);

    /// <summary>The text of <see cref="Part"/>.</summary>
    public string PartText => Part.Cut(Document.Text);

    /// <summary>
    /// This view narrowed to the part of the text asked for (?from=&amp;length=; by default the first
    /// <paramref name="maxLength"/> characters), or why that range cannot be sent.
    /// </summary>
    public (DocumentView? View, string? Problem) InPart(int? from, int? length, int maxLength) =>
        TextPart.Problem(from, length, Document.Text.Length, maxLength) is { } problem
            ? (null, problem)
            : (Within(TextPart.Of(Document.Text, from, length, maxLength)), null);

    /// <summary>This view narrowed to <paramref name="part"/>: the matches, mentions and claims that show in it (offsets still the document's).</summary>
    public DocumentView Within(TextPart part) => this with
    {
        Part = part,
        Mentions = [.. Mentions.Where(m => part.Shows(m.Start, m.End))],
        Claims = [.. Claims.Where(c => part.Shows(c.Start, c.End))],
        Matches = [.. Matches.Where(m => part.Shows(m.Start, m.End))],
    };

    /// <summary>Null when there is no document <paramref name="id"/>. A malformed <paramref name="query"/> throws <see cref="InvalidSearchQueryException"/>.</summary>
    public static async Task<DocumentView?> LoadAsync(PipelineDbContext db, DocumentSearcher searcher, int id, string? query, CancellationToken ct)
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
        var matches = string.IsNullOrWhiteSpace(query) || !searcher.HasIndex ? [] : searcher.HighlightsIn(query, id);
        return new DocumentView(document, mentions, claims, disputes, matches);
    }
}
