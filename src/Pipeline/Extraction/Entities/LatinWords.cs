namespace Pipeline.Extraction.Entities;

/// <summary>Splits normalized text into Latin words for the English name patterns.</summary>
internal static class LatinWords
{
    public static List<LatinWord> Of(string text)
    {
        var words = new List<LatinWord>();
        var i = 0;
        while (i < text.Length)
        {
            if (AliasKey.WordClass(text[i]) == 0)
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (AliasKey.WordClass(text[i]) != 0 || (IsJoiner(text[i]) && i + 1 < text.Length && AliasKey.WordClass(text[i + 1]) != 0)))
            {
                i++;
            }
            // "Inc." and "Corp." keep their period.
            if (i < text.Length && text[i] == '.')
            {
                i++;
            }
            var gap = i;
            while (gap < text.Length && AliasKey.Fold(text[gap]) == ' ')
            {
                gap++;
            }
            var followedBySpace = gap > i && gap < text.Length && AliasKey.WordClass(text[gap]) != 0 && text[i - 1] != '.';
            words.Add(new LatinWord(start, i, followedBySpace));
            i = gap;
        }
        return words;
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '&' or '\'';
}
