namespace Pipeline.Index;

/// <summary>
/// The table a windowed scorer fills for one window of 2,048 documents: a slot per document (its
/// number modulo the window) with its summed score and how many clauses matched it (-1 once a
/// prohibited clause did). A scorer takes one while it scores and gives it back after; each thread
/// keeps the tables it was given for its next search, so scoring allocates nothing per document,
/// window or segment, and a scorer nested in another takes a table of its own.
/// </summary>
internal sealed class ScoreWindow
{
    public const int Size = 2048;

    [ThreadStatic]
    private static Stack<ScoreWindow>? t_spares;

    public readonly int[] Docs = [.. Enumerable.Repeat(-1, Size)];
    public readonly double[] Scores = new double[Size];
    public readonly int[] Matched = new int[Size];
    public readonly int[] FilledSlots = new int[Size];
    public int Filled;

    public static ScoreWindow Take() => (t_spares ??= new()).TryPop(out var spare) ? spare : new ScoreWindow();

    public static void Give(ScoreWindow window)
    {
        window.Clear();
        (t_spares ??= new()).Push(window);
    }

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
        var slot = doc & (Size - 1);
        if (Docs[slot] != doc)
        {
            Docs[slot] = doc;
            Scores[slot] = 0;
            Matched[slot] = 0;
            FilledSlots[Filled++] = slot;
        }
        return slot;
    }

    /// <summary>The slot of <paramref name="doc"/> when the window already holds it, else -1.</summary>
    public int SlotHolding(int doc)
    {
        var slot = doc & (Size - 1);
        return Docs[slot] == doc ? slot : -1;
    }
}
