using Lucene.Net.Search;
using Pipeline.Index;

namespace Pipeline.Tests.Index;

/// <summary>A search over slices of the segments, in parallel, finds what one collector over all of them finds.</summary>
public sealed class SlicedSearchTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pipeline-sliced-" + Guid.NewGuid().ToString("N"));
    private readonly DocumentIndex _index;

    public SlicedSearchTests()
    {
        _index = new DocumentIndex(_path, IndexAnalyzers.CreateDefault());
        // Seven commits, seven segments; many documents with the same text, so scores tie.
        var id = 0;
        for (var commit = 0; commit < 7; commit++)
        {
            using var writing = _index.OpenWriting();
            for (var i = 0; i < 5 + commit; i++)
            {
                id++;
                var text = (id % 3) switch
                {
                    0 => "Lynas refines rare earths in Malaysia.",
                    1 => "Iluka refines rare earths; Lynas buys.",
                    _ => "Solvay sells magnets.",
                };
                writing.Upsert(new IndexedDocument(id, null, $"{id}.txt", "en", null, null, text,
                    [new EntityOccurrence(id % 3 == 2 ? "solvay" : "lynas", 0, 5)]));
            }
            writing.Commit(null);
        }
    }

    [Theory]
    [InlineData("refines", 5)]
    [InlineData("refines OR magnets", 12)]
    [InlineData("lynas", 100)]
    public void Hits_order_totals_and_facets_are_those_of_one_collector(string words, int wanted)
    {
        var query = new SearchQueryParser(_index.Analyzers).Parse(words);

        var (sliced, facets, single) = _index.Search(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count >= 2);
            var (top, counted) = SlicedSearch.TopWithFacets(searcher, query, null, wanted);
            var alone = TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
            searcher.Search(query, alone);
            return (top, counted.Top(10), alone.GetTopDocs());
        });

        Assert.Equal(single.TotalHits, sliced.TotalHits);
        Assert.Equal(single.ScoreDocs.Select(d => (d.Doc, d.Score)), sliced.ScoreDocs.Select(d => (d.Doc, d.Score)));
        var matching = _index.Search(s => s.Search(query, 1000)).ScoreDocs.Length;
        Assert.Equal(matching, facets.Sum(f => f.Count));
    }

    [Fact]
    public void Slices_keep_the_segments_in_order_and_share_the_documents()
    {
        var slices = _index.Search(s => SlicedSearch.Slices(s.IndexReader.Leaves, 2));

        Assert.Equal(2, slices.Count);
        var docBases = slices.SelectMany(s => s).Select(l => l.DocBase).ToList();
        Assert.Equal(docBases.Order(), docBases);
        Assert.All(slices, s => Assert.NotEmpty(s));
        Assert.Single(_index.Search(s => SlicedSearch.Slices(s.IndexReader.Leaves, 1)));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
