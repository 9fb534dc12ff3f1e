using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Scores the documents that match any of a disjunction's clauses and none of its prohibited
/// ones, as Lucene's BooleanScorer does: a window of 2,048 documents at a time, each clause adding
/// its score to a table slot per document, then the window's matches collected, out of order.
/// The table is a few arrays that each thread keeps from one search to the next, so scoring
/// allocates nothing per document or per window. Scores are summed as BooleanScorer sums them (in
/// a double, times the coord of how many clauses matched), so they are the same scores.
/// </summary>
internal sealed class WindowedDisjunction(BulkScorer[] optional, BulkScorer[] prohibited, float[] coords, int minimumMatched) : BulkScorer
{
    private const int WindowSize = 2048;

    /// <summary>The spare table of this thread: taken by a scorer while it scores, given back after.</summary>
    [ThreadStatic]
    private static Table? t_spare;

    private readonly bool[] _optionalHasMore = [.. optional.Select(_ => true)];
    private readonly bool[] _prohibitedHasMore = [.. prohibited.Select(_ => true)];

    /// <summary>Where the next window starts: every document below it has been scored and collected.</summary>
    private int _next;

    public override bool Score(ICollector collector, int max)
    {
        var table = t_spare ?? new Table();
        t_spare = null;
        try
        {
            var current = new CurrentDocument();
            collector.SetScorer(current);
            var adding = new Adding(table, excludes: false);
            var excluding = new Adding(table, excludes: true);
            while (_next < max && _optionalHasMore.Contains(true))
            {
                // A window never spans more than the table's slots, nor goes past max.
                var end = (int)Math.Min((long)_next + WindowSize, max);
                Fill(optional, _optionalHasMore, adding, end);
                Fill(prohibited, _prohibitedHasMore, excluding, end);
                Collect(table, collector, current);
                _next = end;
            }
            return _optionalHasMore.Contains(true);
        }
        finally
        {
            table.Clear();
            t_spare = table;
        }
    }

    private static void Fill(BulkScorer[] scorers, bool[] hasMore, Adding adding, int end)
    {
        for (var i = 0; i < scorers.Length; i++)
        {
            if (hasMore[i])
            {
                hasMore[i] = scorers[i].Score(adding, end);
            }
        }
    }

    /// <summary>Collects the window's matches and leaves its slots empty for the next window, or the next search.</summary>
    private void Collect(Table table, ICollector collector, CurrentDocument current)
    {
        for (var i = 0; i < table.Filled; i++)
        {
            var slot = table.FilledSlots[i];
            var doc = table.Docs[slot];
            var matched = table.Matched[slot];
            if (!table.Excluded[slot] && matched >= Math.Max(1, minimumMatched))
            {
                current.Set(doc, (float)(table.Scores[slot] * coords[matched]), matched);
                collector.Collect(doc);
            }
        }
        table.Clear();
    }

    /// <summary>One slot per document of a window: its document, summed score, clauses matched, and whether a prohibited clause matched.</summary>
    private sealed class Table
    {
        public readonly int[] Docs = [.. Enumerable.Repeat(-1, WindowSize)];
        public readonly double[] Scores = new double[WindowSize];
        public readonly int[] Matched = new int[WindowSize];
        public readonly bool[] Excluded = new bool[WindowSize];
        public readonly int[] FilledSlots = new int[WindowSize];
        public int Filled;

        /// <summary>Empties the slots in use: a slot still holding a document would match the same number in the next window or segment.</summary>
        public void Clear()
        {
            for (var i = 0; i < Filled; i++)
            {
                Docs[FilledSlots[i]] = -1;
            }
            Filled = 0;
        }

        /// <summary>The slot of <paramref name="doc"/>, emptied and listed when the window first meets it.</summary>
        public int SlotOf(int doc)
        {
            var slot = doc & (WindowSize - 1);
            if (Docs[slot] != doc)
            {
                Docs[slot] = doc;
                Scores[slot] = 0;
                Matched[slot] = 0;
                Excluded[slot] = false;
                FilledSlots[Filled++] = slot;
            }
            return slot;
        }
    }

    /// <summary>What one clause's scorer hands each document it matches to: added to the table, or marked as excluded.</summary>
    private sealed class Adding(Table table, bool excludes) : ICollector
    {
        private Scorer _scorer = null!;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            var slot = table.SlotOf(doc);
            if (excludes)
            {
                table.Excluded[slot] = true;
                return;
            }
            table.Scores[slot] += _scorer.GetScore();
            table.Matched[slot]++;
        }
    }

    /// <summary>The document being collected, as the collector asks its scorer about it.</summary>
    private sealed class CurrentDocument() : Scorer(null)
    {
        private int _doc = -1;
        private float _score;
        private int _matched;

        public void Set(int doc, float score, int matched) => (_doc, _score, _matched) = (doc, score, matched);

        public override int DocID => _doc;

        public override int Freq => _matched;

        public override float GetScore() => _score;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }
}
