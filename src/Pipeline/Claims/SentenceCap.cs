namespace Pipeline.Claims;

/// <summary>
/// A "sentence" that never ends (a table joined into one line, a PDF's lines, Chinese without 。) cut into
/// pieces no longer than real sentences get. The claim readers look across the whole sentence for each of
/// its values, so their time grows much faster than the sentence: a cap keeps a document's time in line
/// with its length. A piece ends after a clause mark (；，、; or ", "), else at a space, found in the last
/// half of the allowed length; else at the length itself.
/// </summary>
internal static class SentenceCap
{
    // Well above the longest sentences of the seed corpus and the eval articles (652 characters in English,
    // 150 in Chinese), so real sentences are never cut; a Han character carries about a word.
    public static int MaxLength(string language) => language == "en" ? 1000 : 400;

    /// <summary><paramref name="sentences"/> with every one longer than <paramref name="max"/> cut into pieces.</summary>
    public static List<(int Start, int End)> Apply(string text, List<(int Start, int End)> sentences, int max)
    {
        if (sentences.TrueForAll(s => s.End - s.Start <= max))
        {
            return sentences;
        }
        var pieces = new List<(int, int)>(sentences.Count);
        foreach (var (start, end) in sentences)
        {
            var at = start;
            while (end - at > max)
            {
                var cut = CutPoint(text, at, at + max);
                var pieceEnd = cut;
                while (pieceEnd > at && char.IsWhiteSpace(text[pieceEnd - 1]))
                {
                    pieceEnd--;
                }
                pieces.Add((at, pieceEnd));
                at = cut;
                while (at < end && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }
            }
            if (end > at)
            {
                pieces.Add((at, end));
            }
        }
        return pieces;
    }

    /// <summary>Where the piece that starts at <paramref name="start"/> ends, at most at <paramref name="limit"/>.</summary>
    private static int CutPoint(string text, int start, int limit)
    {
        var half = start + (limit - start) / 2;
        for (var i = limit - 1; i > half; i--)
        {
            // "1,000" is one figure: an English comma ends a clause only before a space.
            if (text[i] is '；' or '，' or '、' or ';' || (text[i] == ',' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                return i + 1;
            }
        }
        for (var i = limit - 1; i > half; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
