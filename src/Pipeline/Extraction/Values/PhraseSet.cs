namespace Pipeline.Extraction.Values;

/// <summary>
/// Words and phrases looked up at a position of normalized text, the longest first. A space in an
/// entry matches any run of whitespace; an entry that ends in a letter must end a word.
/// </summary>
internal sealed class PhraseSet<T>
{
    private readonly Dictionary<char, (string Key, T Value)[]> _byFirst;
    // One bit per UTF-16 character: whether an entry starts with it. The scanner asks at every
    // character of a document, and most start no entry; a bit test is cheaper than a dictionary miss.
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];

    public PhraseSet(IEnumerable<(string Key, T Value)> entries)
    {
        _byFirst = entries
            .Where(e => e.Key.Length > 0)
            .GroupBy(e => e.Key[0])
            .ToDictionary(g => g.Key, g => g.DistinctBy(e => e.Key).OrderByDescending(e => e.Key.Length).ToArray());
        foreach (var first in _byFirst.Keys)
        {
            _starts[first >> 6] |= 1UL << (first & 63);
        }
    }

    private bool MayStartWith(char c) => (_starts[c >> 6] & (1UL << (c & 63))) != 0;

    public bool Contains(string key) =>
        key.Length > 0 && _byFirst.TryGetValue(key[0], out var list) && list.Any(e => e.Key == key);

    /// <summary>The longest entry at <paramref name="start"/>, and where it ends.</summary>
    /// <param name="digitMayFollow">Whether a digit may come right after an entry ending in a letter (usd115).</param>
    public bool TryMatch(string text, int start, out T value, out int end, bool digitMayFollow = false)
    {
        if (start < text.Length && MayStartWith(text[start]) && _byFirst.TryGetValue(text[start], out var list))
        {
            foreach (var (key, candidate) in list)
            {
                var matched = MatchAt(text, start, key);
                if (matched < 0)
                {
                    continue;
                }
                if (TextScan.IsLatin(key[^1]))
                {
                    var next = TextScan.At(text, matched);
                    if (TextScan.IsLatin(next) || (!digitMayFollow && TextScan.IsDigit(next)))
                    {
                        continue;
                    }
                }
                value = candidate;
                end = matched;
                return true;
            }
        }
        value = default!;
        end = start;
        return false;
    }

    /// <summary>The longest entry that ends exactly at <paramref name="end"/> (for looking back), and where it starts.</summary>
    public bool TryMatchBefore(string text, int end, out T value, out int start)
    {
        // Entries are short: try each start a few characters back, longest first.
        for (var from = Math.Max(0, end - MaxLookBack); from < end; from++)
        {
            if (!MayStartWith(text[from]) || !_byFirst.TryGetValue(text[from], out var list))
            {
                continue;
            }
            foreach (var (key, candidate) in list)
            {
                if (MatchAt(text, from, key) != end)
                {
                    continue;
                }
                if (TextScan.IsLatin(key[0]) && TextScan.IsWordChar(TextScan.At(text, from - 1)))
                {
                    continue;
                }
                value = candidate;
                start = from;
                return true;
            }
        }
        value = default!;
        start = end;
        return false;
    }

    private static int MatchAt(string text, int start, string key)
    {
        var i = start;
        var previous = '\0';
        foreach (var k in key)
        {
            if (TextScan.IsCjk(k) && TextScan.IsCjk(previous) && TextScan.IsSpace(TextScan.At(text, i)))
            {
                // Some writers space out Chinese: 个 百 分 点.
                i = TextScan.SkipInlineSpace(text, i);
            }
            previous = k;
            if (k == ' ')
            {
                if (i >= text.Length || !(TextScan.IsSpace(text[i]) || text[i] == '\n'))
                {
                    return -1;
                }
                i = TextScan.SkipSpace(text, i);
                continue;
            }
            if (i >= text.Length || text[i] != k)
            {
                return -1;
            }
            i++;
        }
        return i;
    }

    private const int MaxLookBack = 24;
}
