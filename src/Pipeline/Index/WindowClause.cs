using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// One clause of a windowed scorer (<see cref="WindowedDisjunction"/>, <see cref="WindowedConjunction"/>),
/// read a window of documents at a time and handed to the window's slots. A word or a phrase is
/// read through its scorer, which the clause walks itself, without a collector between them, and
/// can skip a window where nothing is left to find; a disjunction nested in the query is read
/// through a bulk scorer that scores it in windows of its own and hands over every document.
/// </summary>
internal abstract class WindowClause
{
    protected enum How
    {
        Add,
        Mark,
        List,
        Keep,
        Drop,
    }

    public bool HasMore { get; protected set; } = true;

    /// <summary>How many documents the clause may match, as Lucene's scorer for it counts them: a conjunction leads with the fewest.</summary>
    public abstract long Cost { get; }

    /// <summary>A clause of a disjunction: adds its score to the slot of each document it matches below <paramref name="end"/>, and counts the match.</summary>
    public void Add(ScoreWindow window, int end) => Read(window, How.Add, 0, int.MaxValue, end);

    /// <summary>A prohibited clause of a disjunction, read after the others: takes out of the window each document it matches below <paramref name="end"/>.</summary>
    public void Mark(ScoreWindow window, int end) => Read(window, How.Mark, 0, int.MaxValue, end);

    /// <summary>The first clause of a conjunction: its documents below <paramref name="end"/> become the window's candidates; returns their count.</summary>
    public int List(ScoreWindow window, int end) => Read(window, How.List, 0, int.MaxValue, end);

    /// <summary>
    /// Clause <paramref name="index"/> of a conjunction: keeps the candidates that every clause
    /// before it matched and it matches too, adding its score; returns how many are left.
    /// </summary>
    public int Keep(ScoreWindow window, int index, int candidates, int end) => Read(window, How.Keep, index, candidates, end);

    /// <summary>A prohibited clause of a conjunction of <paramref name="required"/> clauses: drops the candidates it matches; returns how many.</summary>
    public int Drop(ScoreWindow window, int required, int candidates, int end) => Read(window, How.Drop, required, candidates, end);

    public static WindowClause Of(Scorer scorer) => new Scored(scorer);

    public static WindowClause Of(WindowedDisjunction disjunction) => new Bulk(disjunction, disjunction.Cost);

    /// <summary>
    /// Hands each document below <paramref name="end"/> to the window; returns how many counted,
    /// and may stop reading the window once <paramref name="most"/> have.
    /// </summary>
    protected abstract int Read(ScoreWindow window, How how, int index, int most, int end);

    /// <summary>What one document the clause matches does to the window; whether it counted.</summary>
    protected static bool Hand(ScoreWindow window, How how, int index, int doc, Scorer scorer)
    {
        int slot;
        switch (how)
        {
            case How.Add:
                slot = window.SlotOf(doc);
                window.Scores[slot] += scorer.GetScore();
                window.Matched[slot]++;
                return true;
            case How.Mark:
                // A document no other clause matched is not in the window, nor a match.
                slot = window.SlotHolding(doc);
                if (slot >= 0)
                {
                    window.Matched[slot] = -1;
                }
                return true;
            case How.List:
                slot = window.SlotOf(doc);
                // Summed as ConjunctionScorer sums: in a float, from 0.
                window.Scores[slot] = 0f + scorer.GetScore();
                window.Matched[slot] = 1;
                return true;
        }
        slot = window.SlotHolding(doc);
        if (slot < 0 || window.Matched[slot] != index)
        {
            return false;
        }
        if (how == How.Keep)
        {
            window.Scores[slot] = (float)window.Scores[slot] + scorer.GetScore();
            window.Matched[slot]++;
        }
        else
        {
            window.Matched[slot] = -1;
        }
        return true;
    }

    private sealed class Scored(Scorer scorer) : WindowClause
    {
        private int _doc = -1;

        public override long Cost => scorer.GetCost();

        protected override int Read(ScoreWindow window, How how, int index, int most, int end)
        {
            if (_doc == -1)
            {
                _doc = scorer.NextDoc();
            }
            var counted = 0;
            while (_doc < end && counted < most)
            {
                if (Hand(window, how, index, _doc, scorer))
                {
                    counted++;
                }
                _doc = scorer.NextDoc();
            }
            if (_doc < end)
            {
                // Nothing left to find in the window: past it, skipping where the postings can.
                _doc = scorer.Advance(end);
            }
            HasMore = _doc != DocIdSetIterator.NO_MORE_DOCS;
            return counted;
        }
    }

    private sealed class Bulk(BulkScorer scorer, long cost) : WindowClause
    {
        private readonly Handing _handing = new();

        public override long Cost => cost;

        protected override int Read(ScoreWindow window, How how, int index, int most, int end)
        {
            _handing.Start(window, how, index);
            if (HasMore)
            {
                HasMore = scorer.Score(_handing, end);
            }
            return _handing.Count;
        }

        /// <summary>What the bulk scorer hands each document it matches to.</summary>
        private sealed class Handing : ICollector
        {
            private Scorer _scorer = null!;
            private ScoreWindow _window = null!;
            private How _how;
            private int _index;

            public int Count { get; private set; }

            public bool AcceptsDocsOutOfOrder => true;

            public void Start(ScoreWindow window, How how, int index) => (_window, _how, _index, Count) = (window, how, index, 0);

            public void SetScorer(Scorer scorer) => _scorer = scorer;

            public void SetNextReader(AtomicReaderContext context)
            {
            }

            public void Collect(int doc)
            {
                if (Hand(_window, _how, _index, doc, _scorer))
                {
                    Count++;
                }
            }
        }
    }
}
