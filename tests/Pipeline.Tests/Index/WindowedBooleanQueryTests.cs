using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Pipeline.Index;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Index;

/// <summary>
/// The windowed disjunction and conjunction find the same documents with the same scores as
/// Lucene's own BooleanScorer and ConjunctionScorer, over segments of several windows, with
/// deleted documents, prohibited clauses, nested disjunctions, filters and a scorer asked for its
/// documents in pieces.
/// </summary>
public sealed class WindowedBooleanQueryTests : IDisposable
{
    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
    private const string Rare = "omega";

    private readonly TempDirectory _folder = new();
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public WindowedBooleanQueryTests()
    {
        _directory = FSDirectory.Open(_folder.Path);
        var random = new Random(7);
        var config = new IndexWriterConfig(IndexAnalyzers.Version, new WhitespaceAnalyzer(IndexAnalyzers.Version)) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            // Three segments, each longer than a window of 2,048 documents, words of skewed frequency.
            for (var segment = 0; segment < 3; segment++)
            {
                for (var i = 0; i < 5000; i++)
                {
                    var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2))]);
                    // A rare word, in about one document in 40: a conjunction it leads is Lucene's.
                    words = random.Next(40) == 0 ? words.Append(Rare) : words;
                    writer.AddDocument([new StringField("id", $"{segment}-{i}", Field.Store.YES), new TextField("body", string.Join(' ', words), Field.Store.NO)]);
                }
                writer.Commit();
            }
            for (var i = 0; i < 5000; i += 7)
            {
                writer.DeleteDocuments(new Term("id", $"1-{i}"));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    [Fact]
    public void The_index_has_several_segments_of_several_windows_and_deleted_documents()
    {
        Assert.Equal(3, _reader.Leaves.Count);
        Assert.All(_reader.Leaves, l => Assert.True(l.AtomicReader.MaxDoc > 2 * 2048));
        Assert.True(_reader.HasDeletions);
    }

    [Fact]
    public void Random_disjunctions_find_the_same_hits_with_the_same_scores_as_Lucene()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var disableCoord = random.Next(2) == 0;
            var (lucene, windowed) = (new BooleanQuery(disableCoord), new WindowedBooleanQuery(disableCoord));
            foreach (var word in Words.OrderBy(_ => random.Next()).Take(random.Next(1, 6)))
            {
                var occur = random.Next(6) == 0 ? Occur.MUST_NOT : Occur.SHOULD;
                var boost = (float)(0.25 + random.NextDouble() * 2);
                lucene.Add(new TermQuery(new Term("body", word)) { Boost = boost }, occur);
                windowed.Add(new TermQuery(new Term("body", word)) { Boost = boost }, occur);
            }
            if (round % 5 == 0)
            {
                lucene.MinimumNumberShouldMatch = windowed.MinimumNumberShouldMatch = 1;
            }
            if (round % 3 == 0)
            {
                // A nested disjunction or conjunction, each query of its own kind.
                var seed = random.Next();
                var occur = seed % 2 == 0 ? Occur.SHOULD : Occur.MUST;
                lucene.Add(Nested(new Random(seed), new BooleanQuery(seed % 3 == 0), occur), Occur.SHOULD);
                windowed.Add(Nested(new Random(seed), new WindowedBooleanQuery(seed % 3 == 0), occur), Occur.SHOULD);
            }
            var filter = round % 4 == 0 ? new QueryWrapperFilter(new TermQuery(new Term("body", Words[round % Words.Length]))) : null;

            AssertSameTop(Top(lucene, filter), Top(windowed, filter), $"{windowed} filter {filter}");
        }

        static BooleanQuery Nested(Random r, BooleanQuery nested, Occur occur)
        {
            nested.Boost = (float)(0.5 + r.NextDouble());
            foreach (var word in Words.OrderBy(_ => r.Next()).Take(r.Next(2, 4)))
            {
                nested.Add(new TermQuery(new Term("body", word)) { Boost = (float)(0.25 + r.NextDouble() * 2) }, occur);
            }
            return nested;
        }
    }

    [Fact]
    public void Random_conjunctions_of_words_and_disjunctions_find_the_same_hits_with_the_same_scores_as_Lucene()
    {
        var random = new Random(13);
        var words = Words.Append(Rare).ToArray();
        Query Word(Random r) => new TermQuery(new Term("body", words[r.Next(words.Length)])) { Boost = (float)(0.25 + r.NextDouble() * 2) };
        for (var round = 0; round < 300; round++)
        {
            var disableCoord = random.Next(2) == 0;
            var (lucene, windowed) = (new BooleanQuery(disableCoord), new WindowedBooleanQuery(disableCoord));
            for (var clause = random.Next(2, 5); clause > 0; clause--)
            {
                // The same random draws build both queries' clause: a word, or a disjunction of words (each query's own kind).
                var seed = random.Next();
                var occur = random.Next(5) == 0 ? Occur.MUST_NOT : Occur.MUST;
                lucene.Add(Clause(new Random(seed), () => new BooleanQuery(seed % 2 == 0)), occur);
                windowed.Add(Clause(new Random(seed), () => new WindowedBooleanQuery(seed % 2 == 0)), occur);
            }
            var filter = round % 4 == 0 ? new QueryWrapperFilter(new TermQuery(new Term("body", Words[round % Words.Length]))) : null;

            AssertSameTop(Top(lucene, filter), Top(windowed, filter), $"{windowed} filter {filter}");
        }

        Query Clause(Random r, Func<BooleanQuery> disjunction)
        {
            if (r.Next(2) == 0)
            {
                return Word(r);
            }
            var words = disjunction();
            words.Boost = (float)(0.5 + r.NextDouble());
            for (var i = r.Next(2, 5); i > 0; i--)
            {
                words.Add(Word(r), r.Next(8) == 0 ? Occur.MUST_NOT : Occur.SHOULD);
            }
            return words;
        }
    }

    [Theory]
    [InlineData("alpha", "beta", true)]
    [InlineData("omega", "alpha", false)]
    public void A_conjunction_is_scored_in_windows_where_its_rarest_clause_is_common(string first, string second, bool windowed)
    {
        var query = new WindowedBooleanQuery();
        query.Add(new TermQuery(new Term("body", first)), Occur.MUST);
        query.Add(new TermQuery(new Term("body", second)), Occur.MUST);
        var weight = _searcher.CreateNormalizedWeight(query);

        Assert.All(_reader.Leaves, leaf => Assert.Equal(windowed, weight.GetBulkScorer(leaf, false, leaf.AtomicReader.LiveDocs) is WindowedConjunction));
    }

    [Theory]
    [InlineData(Occur.SHOULD)]
    [InlineData(Occur.MUST)]
    public void A_scorer_asked_for_its_documents_in_pieces_collects_each_once(Occur occur)
    {
        var query = new WindowedBooleanQuery();
        query.Add(new TermQuery(new Term("body", "alpha")), occur);
        query.Add(new TermQuery(new Term("body", "theta")), occur);
        query.Add(new TermQuery(new Term("body", "zeta")), Occur.MUST_NOT);
        var weight = _searcher.CreateNormalizedWeight(query);
        foreach (var leaf in _reader.Leaves)
        {
            var whole = new List<int>();
            weight.GetBulkScorer(leaf, false, leaf.AtomicReader.LiveDocs).Score(new Recording(whole));
            var pieces = new List<int>();
            var scorer = weight.GetBulkScorer(leaf, false, leaf.AtomicReader.LiveDocs);
            var more = true;
            foreach (var max in new[] { 1, 1000, 1001, 3333, 4096, int.MaxValue })
            {
                Assert.True(more);
                more = scorer.Score(new Recording(pieces), max);
                Assert.All(pieces, d => Assert.True(d < max));
            }
            Assert.False(more);
            Assert.NotEmpty(whole);
            Assert.Equal(whole.Order(), pieces.Order());
        }
    }

    private TopDocs Top(Query query, Filter? filter)
    {
        var collector = TopScoreDocCollector.Create(50, docsScoredInOrder: false);
        _searcher.Search(query, filter, collector);
        return collector.GetTopDocs();
    }

    private static void AssertSameTop(TopDocs expected, TopDocs actual, string query)
    {
        Assert.True(expected.TotalHits == actual.TotalHits, $"{query}: {expected.TotalHits} hits, windowed {actual.TotalHits}");
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _folder.Dispose();
    }

    private sealed class Recording(List<int> docs) : ICollector
    {
        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc) => docs.Add(doc);
    }
}
