using System.Numerics;

namespace Pipeline.Index;

/// <summary>
/// The documents of one segment that a search matched, one bit each: setting a bit is all a hit
/// costs, and at the segment's end the matches, or the documents that did not match, are read
/// back as runs of consecutive documents.
/// </summary>
internal sealed class MatchedDocs
{
    private ulong[] _words = [];
    private int _maxDoc;

    /// <summary>How many documents were matched since <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>How many documents of the segment were not matched, deleted ones included.</summary>
    public int Others => _maxDoc - Count;

    /// <summary>No document matched, for a segment of <paramref name="maxDoc"/> documents.</summary>
    public void Reset(int maxDoc)
    {
        var words = (maxDoc + 63) >> 6;
        if (_words.Length < words)
        {
            _words = new ulong[words];
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
        _words[doc >> 6] |= 1UL << doc;
        Count++;
    }

    /// <summary>
    /// Calls <paramref name="run"/> with each run [from, to) of consecutive matched documents, or of
    /// the unmatched ones when <paramref name="matched"/> is false, in document order.
    /// </summary>
    public void ForEachRun(bool matched, Action<int, int> run)
    {
        var words = (_maxDoc + 63) >> 6;
        int start = 0, end = 0;
        for (var word = 0; word < words; word++)
        {
            var bits = matched ? _words[word] : ~_words[word];
            if (word == words - 1 && (_maxDoc & 63) != 0)
            {
                bits &= (1UL << _maxDoc) - 1;
            }
            while (bits != 0)
            {
                var from = BitOperations.TrailingZeroCount(bits);
                var length = BitOperations.TrailingZeroCount(~(bits >> from));
                var doc = (word << 6) + from;
                // A run that goes on from the previous word is extended rather than reported twice.
                if (doc != end)
                {
                    if (end > start)
                    {
                        run(start, end);
                    }
                    start = doc;
                }
                end = doc + length;
                bits = from + length == 64 ? 0 : bits & ~((1UL << (from + length)) - 1);
            }
        }
        if (end > start)
        {
            run(start, end);
        }
    }
}
