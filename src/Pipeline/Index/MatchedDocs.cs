using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// The documents of one segment that a search matched, one bit each: setting a bit is all a hit
/// costs, and at the segment's end the facets count each entity's documents among them
/// (<see cref="SegmentEntities.CountMatched"/>).
/// </summary>
internal sealed class MatchedDocs
{
    private long[] _words = [];
    private int _maxDoc;

    /// <summary>How many documents were matched since <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>A bit per document of the segment, set where it matched: document d is bit d % 64 of word d / 64, as in Lucene's FixedBitSet.</summary>
    public ReadOnlySpan<long> Bits => _words.AsSpan(0, FixedBitSet.Bits2words(_maxDoc));

    /// <summary>No document matched, for a segment of <paramref name="maxDoc"/> documents.</summary>
    public void Reset(int maxDoc)
    {
        var words = FixedBitSet.Bits2words(maxDoc);
        if (_words.Length < words)
        {
            _words = new long[words];
        }
        else
        {
            Array.Clear(_words, 0, words);
        }
        _maxDoc = maxDoc;
        Count = 0;
    }

    /// <summary>Each document is collected at most once per segment, so the count is of distinct documents.</summary>
    public void Add(int doc)
    {
        _words[doc >> 6] |= 1L << doc;
        Count++;
    }
}
