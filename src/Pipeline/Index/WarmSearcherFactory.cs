using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Searchers whose segments have their entity ordinals in memory before the first search: the
/// cost lands when the index is opened or refreshed (only new segments after a commit), not on
/// whichever query comes first.
/// </summary>
internal sealed class WarmSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        EntityFacets.Warm(reader);
        return base.NewSearcher(reader);
    }
}
