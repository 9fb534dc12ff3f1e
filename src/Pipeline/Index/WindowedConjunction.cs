using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Scores the documents that match every required clause and no prohibited one, a window of
/// 2,048 documents at a time: the clause that matches fewest documents lists the window's
/// candidates, each other clause in turn keeps those it matches too, and the window's survivors
/// are collected, out of order. Where every clause matches a good share of the documents (the
/// words of a two-word query on a large index: each a disjunction over fields or names), reading
/// each clause straight through a window costs far less than Lucene's ConjunctionScorer, which
/// advances every clause to every candidate; a clause stops being read for the window once no
/// candidate is left in it. Scores are those of ConjunctionScorer: the clauses' scores summed as
/// floats, fewest documents first, times the coord.
/// </summary>
internal sealed class WindowedConjunction(WindowedConjunction.Clause[] required, WindowedConjunction.Clause[] prohibited, float coord) : BulkScorer
{
    /// <summary>Where the next window starts: every document below it has been scored and collected.</summary>
    private int _next;

    public override bool Score(ICollector collector, int max)
    {
        var window = ScoreWindow.Take();
        try
        {
            var current = new CollectedDocument();
            collector.SetScorer(current);
            while (_next < max && AllHaveMore())
            {
                var end = (int)Math.Min((long)_next + ScoreWindow.Size, max);
                var candidates = required[0].List(window, end);
                for (var i = 1; i < required.Length; i++)
                {
                    candidates = required[i].Keep(window, i, candidates, end);
                }
                foreach (var clause in prohibited)
                {
                    candidates -= clause.Exclude(window, required.Length, candidates, end);
                }
                Collect(window, collector, current);
                _next = end;
            }
            return AllHaveMore();
        }
        finally
        {
            ScoreWindow.Give(window);
        }
    }

    private bool AllHaveMore() => Array.TrueForAll(required, c => c.HasMore);

    /// <summary>Collects the documents every required clause matched, and leaves the window empty.</summary>
    private void Collect(ScoreWindow window, ICollector collector, CollectedDocument current)
    {
        for (var i = 0; i < window.Filled; i++)
        {
            var slot = window.FilledSlots[i];
            if (window.Matched[slot] == required.Length)
            {
                current.Set(window.Docs[slot], (float)window.Scores[slot] * coord, required.Length);
                collector.Collect(window.Docs[slot]);
            }
        }
        window.Clear();
    }

    /// <summary>
    /// One clause of the conjunction, read a window at a time: through its scorer, which can skip
    /// a window where no candidate is left, or through a bulk scorer (a disjunction scored in
    /// windows of its own), which reads every document it matches.
    /// </summary>
    internal abstract class Clause
    {
        public bool HasMore { get; protected set; } = true;

        /// <summary>The first clause: its documents below <paramref name="end"/> become the window's candidates; returns their count.</summary>
        public abstract int List(ScoreWindow window, int end);

        /// <summary>
        /// Clause <paramref name="index"/>: keeps the candidates that every clause before it matched
        /// and it matches too, adding its score; returns how many are left.
        /// </summary>
        public abstract int Keep(ScoreWindow window, int index, int candidates, int end);

        /// <summary>A prohibited clause: takes the candidates it matches out; returns how many it took.</summary>
        public abstract int Exclude(ScoreWindow window, int required, int candidates, int end);

        public static Clause Of(Scorer scorer) => new Scored(scorer);

        public static Clause Of(BulkScorer scorer) => new Bulk(scorer);
    }

    private sealed class Scored(Scorer scorer) : Clause
    {
        private int _doc = -1;

        public override int List(ScoreWindow window, int end)
        {
            var listed = 0;
            for (Start(); _doc < end; _doc = scorer.NextDoc())
            {
                var slot = window.SlotOf(_doc);
                // Summed as ConjunctionScorer sums: in a float, from 0.
                window.Scores[slot] = 0f + scorer.GetScore();
                window.Matched[slot] = 1;
                listed++;
            }
            return Stop(listed);
        }

        public override int Keep(ScoreWindow window, int index, int candidates, int end)
        {
            var kept = 0;
            if (candidates == 0)
            {
                return Skip(end, kept);
            }
            for (Start(); _doc < end; _doc = scorer.NextDoc())
            {
                var slot = window.SlotHolding(_doc);
                if (slot >= 0 && window.Matched[slot] == index)
                {
                    window.Scores[slot] = (float)window.Scores[slot] + scorer.GetScore();
                    window.Matched[slot]++;
                    if (++kept == candidates)
                    {
                        return Skip(end, kept);
                    }
                }
            }
            return Stop(kept);
        }

        public override int Exclude(ScoreWindow window, int required, int candidates, int end)
        {
            var taken = 0;
            if (candidates == 0)
            {
                return Skip(end, taken);
            }
            for (Start(); _doc < end; _doc = scorer.NextDoc())
            {
                var slot = window.SlotHolding(_doc);
                if (slot >= 0 && window.Matched[slot] == required)
                {
                    window.Matched[slot] = -1;
                    if (++taken == candidates)
                    {
                        return Skip(end, taken);
                    }
                }
            }
            return Stop(taken);
        }

        /// <summary>The scorer on its first document, the first time.</summary>
        private void Start()
        {
            if (_doc == -1)
            {
                _doc = scorer.NextDoc();
            }
        }

        /// <summary>Nothing left to find in the window: the scorer jumps past it (skipping, where its postings can).</summary>
        private int Skip(int end, int count)
        {
            Start();
            if (_doc < end)
            {
                _doc = scorer.Advance(end);
            }
            return Stop(count);
        }

        /// <summary>The scorer is at or past the window's end, on a document it has not yet handed over.</summary>
        private int Stop(int count)
        {
            HasMore = _doc != DocIdSetIterator.NO_MORE_DOCS;
            return count;
        }
    }

    private sealed class Bulk(BulkScorer scorer) : Clause
    {
        private readonly Handing _handing = new();

        public override int List(ScoreWindow window, int end) => Read(window, end, Handing.Listing, index: 0);

        public override int Keep(ScoreWindow window, int index, int candidates, int end) => Read(window, end, Handing.Keeping, index);

        public override int Exclude(ScoreWindow window, int required, int candidates, int end) => Read(window, end, Handing.Excluding, required);

        private int Read(ScoreWindow window, int end, int how, int index)
        {
            _handing.Start(window, how, index);
            if (HasMore)
            {
                HasMore = scorer.Score(_handing, end);
            }
            return _handing.Count;
        }

        /// <summary>What the bulk scorer hands each document it matches to, as <see cref="Scored"/> does with its scorer's.</summary>
        private sealed class Handing : ICollector
        {
            public const int Listing = 0;
            public const int Keeping = 1;
            public const int Excluding = 2;

            private Scorer _scorer = null!;
            private ScoreWindow _window = null!;
            private int _how;
            private int _index;

            public int Count { get; private set; }

            public bool AcceptsDocsOutOfOrder => true;

            public void Start(ScoreWindow window, int how, int index) => (_window, _how, _index, Count) = (window, how, index, 0);

            public void SetScorer(Scorer scorer) => _scorer = scorer;

            public void SetNextReader(AtomicReaderContext context)
            {
            }

            public void Collect(int doc)
            {
                if (_how == Listing)
                {
                    var listed = _window.SlotOf(doc);
                    _window.Scores[listed] = 0f + _scorer.GetScore();
                    _window.Matched[listed] = 1;
                    Count++;
                    return;
                }
                var slot = _window.SlotHolding(doc);
                if (slot < 0 || _window.Matched[slot] != _index)
                {
                    return;
                }
                if (_how == Keeping)
                {
                    _window.Scores[slot] = (float)_window.Scores[slot] + _scorer.GetScore();
                    _window.Matched[slot]++;
                }
                else
                {
                    _window.Matched[slot] = -1;
                }
                Count++;
            }
        }
    }
}
