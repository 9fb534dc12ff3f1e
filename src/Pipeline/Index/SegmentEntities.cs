using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// The entities each document of one segment mentions, as ordinals into the segment's sorted
/// entity ids, laid out flat: counting a match's entities is a loop over a slice of an array.
/// Read from the entity field's postings by the first search that counts facets on the segment,
/// and kept while the segment's core lives (segments never change; a merge makes a new one).
/// </summary>
internal sealed class SegmentEntities
{
    private static readonly ConditionalWeakTable<object, SegmentEntities> BySegment = new();

    private readonly int[] _starts;
    private readonly int[] _ordinals;

    private SegmentEntities(string[] ids, int[] starts, int[] ordinals)
    {
        Ids = ids;
        _starts = starts;
        _ordinals = ordinals;
    }

    /// <summary>The segment's entity ids, in term order: an ordinal's id.</summary>
    public string[] Ids { get; }

    public static SegmentEntities Of(AtomicReader segment) => BySegment.GetValue(segment.CoreCacheKey, _ => Read(segment));

    /// <summary>The ordinals of the entities document <paramref name="doc"/> mentions, each once.</summary>
    public ReadOnlySpan<int> Of(int doc) => _ordinals.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);

    private static SegmentEntities Read(AtomicReader segment)
    {
        var maxDoc = segment.MaxDoc;
        var starts = new int[maxDoc + 1];
        var terms = segment.GetTerms(IndexFields.Entity);
        if (terms is null)
        {
            return new SegmentEntities([], starts, []);
        }
        // Two passes over the postings: how many entities each document has, then which.
        var ids = new List<string>();
        ForEachPosting(terms, (_, doc) => starts[doc + 1]++, id => ids.Add(id));
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc + 1] += starts[doc];
        }
        var ordinals = new int[starts[maxDoc]];
        var filled = new int[maxDoc];
        ForEachPosting(terms, (ordinal, doc) => ordinals[starts[doc] + filled[doc]++] = ordinal, _ => { });
        return new SegmentEntities([.. ids], starts, ordinals);
    }

    private static void ForEachPosting(Terms terms, Action<int, int> posting, Action<string> term)
    {
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        var ordinal = 0;
        while (termsEnum.MoveNext())
        {
            term(termsEnum.Term.Utf8ToString());
            docs = termsEnum.Docs(liveDocs: null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                posting(ordinal, doc);
            }
            ordinal++;
        }
    }
}
