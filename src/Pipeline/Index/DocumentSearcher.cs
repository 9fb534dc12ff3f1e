using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>Runs a search and turns the top documents into hits with highlighted snippets and entity facets.</summary>
public sealed class DocumentSearcher(DocumentIndex index, IEntityNames? entityNames = null)
{
    public const int FacetCount = 20;

    private readonly SearchQueryParser _parser = new(index.Analyzers, entityNames);

    /// <summary>Whether there is an index to search: none before anything was indexed.</summary>
    public bool HasIndex => index.Exists;

    public SearchResults Search(SearchRequest request)
    {
        var parsed = _parser.Read(request.Query);
        var filter = Filters(request);
        return index.Search(searcher =>
        {
            var marked = index.MarksConcepts(searcher);
            var query = parsed.For(marked);
            var highlightTerms = HighlightTerms.From(parsed.HighlightedFor(marked));
            var wanted = request.Offset + request.Limit;
            var (top, facets) = SearchWithFacets(searcher, query, filter, wanted);
            IEnumerable<ScoreDoc> ranked = top.ScoreDocs;
            var total = top.TotalHits;
            if (top.TotalHits < RelaxedQuery.FewHits && RelaxedQuery.Of(query, request.Query) is { } relaxed)
            {
                // Documents with every word first, then those that lack one; facets of all of them.
                var (more, relaxedFacets) = SearchWithFacets(searcher, relaxed, filter, wanted);
                var seen = top.ScoreDocs.Select(d => d.Doc).ToHashSet();
                ranked = top.ScoreDocs.Concat(more.ScoreDocs.Where(d => !seen.Contains(d.Doc)));
                (facets, total) = (relaxedFacets, more.TotalHits);
            }
            var page = ranked.Take(wanted).Skip(request.Offset).ToArray();
            // Each hit's text is read and analyzed again for its highlights, the costliest part of
            // a search: the hits of a page do not depend on each other, so they share the cores.
            var hits = new SearchHit[page.Length];
            Parallel.For(0, page.Length, i => hits[i] = ToHit(searcher, page[i], highlightTerms, index.Analyzers));
            return new SearchResults(total, hits, facets.Top(FacetCount), parsed.Concepts);
        });
    }

    /// <summary>
    /// The top <paramref name="wanted"/> matches, and the entity facets counted in the same pass,
    /// over slices of the segments in parallel when there are several (<see cref="SlicedSearch"/>).
    /// Collectors take documents out of order, as <c>IndexSearcher.Search(query, filter, n)</c> lets
    /// the scorer do when it can, and break ties by document number: the same hits in the same order.
    /// </summary>
    private static (TopDocs Top, EntityFacets Facets) SearchWithFacets(IndexSearcher searcher, Query query, Filter? filter, int wanted) =>
        SlicedSearch.TopWithFacets(searcher, query, filter, Math.Min(wanted, Math.Max(1, searcher.IndexReader.MaxDoc)));

    /// <summary>
    /// Where <paramref name="query"/> matches document <paramref name="id"/>: every span of its
    /// original text, not just those of a snippet. Empty when the document does not match.
    /// </summary>
    public IReadOnlyList<TextSpan> HighlightsIn(string query, int id)
    {
        var parsed = _parser.Read(query);
        var only = new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Id, DocumentIndex.Key(id))));
        return index.Search(searcher =>
        {
            var marked = index.MarksConcepts(searcher);
            var top = searcher.Search(parsed.For(marked), only, 1);
            if (top.ScoreDocs.Length == 0)
            {
                return (IReadOnlyList<TextSpan>)[];
            }
            var doc = top.ScoreDocs[0].Doc;
            var stored = searcher.Doc(doc);
            return HitHighlighter.Find(HighlightTerms.From(parsed.HighlightedFor(marked)), Field(stored, IndexFields.Text), Field(stored, IndexFields.EntitySpans), index.Analyzers);
        });
    }

    /// <summary>The request's filters (language, script, dates, entity) as one filter that every hit must pass.</summary>
    private static QueryWrapperFilter? Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            filters.Add(new TermQuery(new Term(IndexFields.Language, request.Language.Trim().ToLowerInvariant())), Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(request.Script))
        {
            filters.Add(new TermQuery(new Term(IndexFields.Script, request.Script.Trim().ToLowerInvariant())), Occur.MUST);
        }
        if (request.From is not null || request.To is not null)
        {
            // Dates are stored as yyyy-MM-dd, whose text order is the calendar's; undated documents have "".
            filters.Add(TermRangeQuery.NewStringRange(IndexFields.Date,
                DayKey(request.From) ?? "0000-00-00", DayKey(request.To) ?? "9999-99-99", includeLower: true, includeUpper: true), Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(request.Entity))
        {
            filters.Add(new TermQuery(new Term(IndexFields.Entity, request.Entity.Trim().ToLowerInvariant())), Occur.MUST);
        }
        return filters.Clauses.Count == 0 ? null : new QueryWrapperFilter(filters);
    }

    private static string? DayKey(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scored, HighlightTerms terms, IndexAnalyzers analyzers)
    {
        var stored = searcher.Doc(scored.Doc);
        var text = Field(stored, IndexFields.Text) ?? string.Empty;
        var highlights = HitHighlighter.Find(terms, text, Field(stored, IndexFields.EntitySpans), analyzers);
        var language = Field(stored, IndexFields.Language);
        // A CJK character says about as much as a short English word: show fewer of them.
        var width = language == "zh" ? SnippetBuilder.DefaultWidth / 2 : SnippetBuilder.DefaultWidth;
        var (snippet, snippetStart, shown) = SnippetBuilder.Build(text, highlights, width);
        return new SearchHit(
            Id: int.Parse(Field(stored, IndexFields.Id), CultureInfo.InvariantCulture),
            Title: NullIfEmpty(Field(stored, IndexFields.Title)),
            Source: Field(stored, IndexFields.Source),
            Language: language,
            Script: NullIfEmpty(Field(stored, IndexFields.Script)),
            PublishedOn: DateOnly.TryParseExact(Field(stored, IndexFields.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            Score: scored.Score,
            Snippet: snippet,
            SnippetStart: snippetStart,
            Highlights: shown)
        {
            Heading = DocumentHeading.Of(NullIfEmpty(Field(stored, IndexFields.Title)), text),
        };
    }

    private static string Field(Lucene.Net.Documents.Document stored, string name) =>
        stored.Get(name, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
