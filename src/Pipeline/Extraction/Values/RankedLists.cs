namespace Pipeline.Extraction.Values;

/// <summary>
/// Numbered lists under a heading that ranks ("The top ten producers are:", "储量排名前十的国家："):
/// each item's number is its place, so "3. Australia: 5.7 million t" is third. Under any other
/// heading the numbers only count the items. A heading is a line ending in a colon; its list is the
/// numbered lines right after it (1. or 1) or 1、), blank lines between allowed.
/// </summary>
internal static class RankedLists
{
    private static readonly PhraseSet<bool> RankingWords = new(new[]
    {
        "top", "largest", "biggest", "greatest", "highest", "leading", "ranked", "ranking", "rankings",
        "排名", "排行", "最大", "最多",
    }.Select(w => (w, true)));

    /// <summary>Where the number of each item of a ranked list starts; null when the text has none.</summary>
    public static HashSet<int>? ItemNumbers(string text)
    {
        HashSet<int>? found = null;
        var line = 0;
        while (line < text.Length)
        {
            var lineEnd = TextScan.LineEnd(text, line);
            if (IsRankingHeading(text, line, lineEnd))
            {
                for (var item = TextScan.NextNonBlankLine(text, lineEnd); item < text.Length && NumberAt(text, item) is var number and >= 0; item = TextScan.NextNonBlankLine(text, lineEnd))
                {
                    (found ??= []).Add(number);
                    lineEnd = TextScan.LineEnd(text, item);
                }
            }
            line = lineEnd + 1;
        }
        return found;
    }

    /// <summary>A line ending in a colon whose last sentence has a ranking word: top, largest, 排名, 前十.</summary>
    private static bool IsRankingHeading(string text, int start, int end)
    {
        var last = end;
        while (last > start && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }
        if (last == start || text[last - 1] is not (':' or '：'))
        {
            return false;
        }
        var from = start;
        for (var i = last - 2; i > start; i--)
        {
            if (text[i] is '。' or '!' or '?' || (text[i] == '.' && TextScan.IsSpace(TextScan.At(text, i + 1))))
            {
                from = i + 1;
                break;
            }
        }
        for (var i = from; i < last; i++)
        {
            if (TextScan.IsLatin(TextScan.At(text, i - 1)))
            {
                continue;
            }
            if (RankingWords.TryMatch(text, i, out _, out _)
                || (text[i] == '前' && (TextScan.IsDigit(TextScan.At(text, i + 1)) || ChineseNumerals.CanStart(TextScan.At(text, i + 1)))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the item number of a line "3. Australia", "3) …", "3、…" starts, or -1.</summary>
    private static int NumberAt(string text, int line)
    {
        var start = TextScan.SkipInlineSpace(text, line);
        var end = start;
        while (TextScan.IsDigit(TextScan.At(text, end)) && end - start < 3)
        {
            end++;
        }
        if (end == start)
        {
            return -1;
        }
        return TextScan.At(text, end) switch
        {
            '.' or ')' when TextScan.IsSpace(TextScan.At(text, end + 1)) => start,
            '、' => start,
            _ => -1,
        };
    }
}
