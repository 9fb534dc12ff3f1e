namespace Pipeline.CrossCheck;

/// <summary>
/// One distinct figure of a block and unit (the same bounds, qualifier and stated unit), with
/// every claim that states it: claims repeat figures, so comparing figures rather than claims
/// keeps the work proportional to the distinct values of a block.
/// </summary>
internal sealed class Figure(ValueInterval stated, ValueInterval widened)
{
    public ValueInterval Stated { get; } = stated;

    public ValueInterval Widened { get; } = widened;

    /// <summary>The claims, ordered by document, position and id once <see cref="Seal"/> has run.</summary>
    public List<CrossCheckClaim> Claims { get; } = [];

    /// <summary>The distinct times the claims are about, each with a claim and how many claims share it.</summary>
    public List<TimeGroup> Times { get; } = [];

    /// <summary>The figure's first claim in document order.</summary>
    public CrossCheckClaim First => Claims[0];

    public void Seal()
    {
        Claims.Sort(ClaimOrder.Instance);
        foreach (var claim in Claims)
        {
            var index = Times.FindIndex(t => t.From == claim.TimeFrom && t.To == claim.TimeTo);
            if (index < 0)
            {
                Times.Add(new TimeGroup(claim.TimeFrom, claim.TimeTo, claim, 1));
            }
            else
            {
                Times[index] = Times[index] with { Count = Times[index].Count + 1 };
            }
        }
    }

    /// <summary>Claim pairs, one from each figure, whose times can overlap.</summary>
    public long PairsWith(Figure other)
    {
        long pairs = 0;
        foreach (var mine in Times)
        {
            foreach (var theirs in other.Times)
            {
                if (mine.CanOverlap(theirs))
                {
                    pairs += (long)mine.Count * theirs.Count;
                }
            }
        }
        return pairs;
    }

    /// <summary>Claim pairs inside the figure whose times can overlap (they agree: same figure).</summary>
    public long PairsWithin()
    {
        long pairs = 0;
        for (var i = 0; i < Times.Count; i++)
        {
            pairs += (long)Times[i].Count * (Times[i].Count - 1) / 2;
            for (var j = i + 1; j < Times.Count; j++)
            {
                if (Times[i].CanOverlap(Times[j]))
                {
                    pairs += (long)Times[i].Count * Times[j].Count;
                }
            }
        }
        return pairs;
    }

    internal readonly record struct TimeGroup(DateOnly? From, DateOnly? To, CrossCheckClaim First, int Count)
    {
        public bool CanOverlap(TimeGroup other) => First.TimeCanOverlap(other.First);
    }
}
