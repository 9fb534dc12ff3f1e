using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// A bulk scorer that scores a window of 2,048 documents at a time: its clauses fill the
/// window's slots (<see cref="ScoreWindow"/>), then the documents that match are collected, out
/// of order, and the window is emptied for the next. What fills a window and what matches is
/// the disjunction's or the conjunction's own.
/// </summary>
internal abstract class WindowedScorer : BulkScorer
{
    /// <summary>Where the next window starts: every document below it has been scored and collected.</summary>
    private int _next;

    /// <summary>Whether a clause may still match a document from the next window on.</summary>
    protected abstract bool HasMore { get; }

    /// <summary>Hands the window the documents each clause matches below <paramref name="end"/>.</summary>
    protected abstract void Fill(ScoreWindow window, int end);

    /// <summary>Whether the document in <paramref name="slot"/> matches, with its score and how many clauses matched it.</summary>
    protected abstract bool Matches(ScoreWindow window, int slot, out float score, out int matched);

    public sealed override bool Score(ICollector collector, int max)
    {
        var window = ScoreWindow.Take();
        try
        {
            var current = new CollectedDocument();
            collector.SetScorer(current);
            while (_next < max && HasMore)
            {
                // A window never spans more than the table's slots, nor goes past max.
                var end = (int)Math.Min((long)_next + ScoreWindow.Size, max);
                Fill(window, end);
                for (var i = 0; i < window.Filled; i++)
                {
                    var slot = window.FilledSlots[i];
                    if (Matches(window, slot, out var score, out var matched))
                    {
                        current.Set(window.Docs[slot], score, matched);
                        collector.Collect(window.Docs[slot]);
                    }
                }
                window.Clear();
                _next = end;
            }
            return HasMore;
        }
        finally
        {
            ScoreWindow.Give(window);
        }
    }

    /// <summary>The document being collected, as the collector asks its scorer about it.</summary>
    private sealed class CollectedDocument() : Scorer(null)
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
