namespace Pipeline.Extraction.Entities;

/// <summary>Lexicon matches in one text, sorted and disjoint, asked whether a position is taken.</summary>
internal sealed class KnownSpans(IReadOnlyList<AliasMatch> matches)
{
    public bool Covers(int index) => Overlaps(index, index + 1);

    public bool Overlaps(int start, int end) => Reaching(start, end) is not null;

    /// <summary>The match holding position <paramref name="index"/>, if any.</summary>
    public AliasMatch? At(int index) => Reaching(index, index + 1);

    private AliasMatch? Reaching(int start, int end)
    {
        // The last match starting before end is the only one that can reach into [start, end).
        int low = 0, high = matches.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (matches[middle].Start < end)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found >= 0 && matches[found].End > start ? matches[found] : null;
    }
}
