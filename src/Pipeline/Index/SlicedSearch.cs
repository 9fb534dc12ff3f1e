using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// One search over an index's segments split into as many slices as there are cores, each slice
/// collected on its own thread with its own top hits and facets, then merged: what Lucene's
/// IndexSearcher does with an executor, but for the facet collector too. The weight is made once
/// for the whole index, so scores are those of a search in one thread, and the merged order
/// breaks ties by document number as one collector would.
/// </summary>
internal static class SlicedSearch
{
    public static (TopDocs Top, EntityFacets Facets) TopWithFacets(IndexSearcher searcher, Query query, Filter? filter, int wanted)
    {
        var slices = Slices(searcher.IndexReader.Leaves, Environment.ProcessorCount);
        var weight = searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        var results = new (TopDocs Top, EntityFacets Facets)[slices.Count];
        Parallel.For(0, slices.Count, i => results[i] = Collect(slices[i], weight, wanted));
        var facets = results[0].Facets;
        foreach (var (_, more) in results.Skip(1))
        {
            facets.Add(more);
        }
        return (TopDocs.Merge(null, wanted, [.. results.Select(r => r.Top)]), facets);
    }

    /// <summary>As IndexSearcher.Search(leaves, weight, collector) does it, for one slice of the leaves.</summary>
    private static (TopDocs, EntityFacets) Collect(IReadOnlyList<AtomicReaderContext> leaves, Weight weight, int wanted)
    {
        var top = TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        var facets = new EntityFacets();
        var collector = MultiCollector.Wrap(top, facets);
        foreach (var leaf in leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
        }
        return (top.GetTopDocs(), facets);
    }

    /// <summary>The leaves in order, cut into at most <paramref name="count"/> runs of about as many documents each.</summary>
    internal static List<List<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var slices = new List<List<AtomicReaderContext>> { new() };
        long taken = 0;
        foreach (var leaf in leaves)
        {
            // A new slice starts once this one holds its share of the documents.
            if (slices[^1].Count > 0 && slices.Count < count && taken >= total * slices.Count / count)
            {
                slices.Add([]);
            }
            slices[^1].Add(leaf);
            taken += leaf.AtomicReader.MaxDoc;
        }
        return slices;
    }
}
