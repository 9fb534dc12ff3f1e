namespace Pipeline.Extraction.Entities;

/// <summary>
/// A word of Latin letters and digits (with inner '-', '.', '&amp;', '\'') at [Start, End) of the
/// normalized text; FollowedBySpace when only white space separates it from the next word.
/// </summary>
internal readonly record struct LatinWord(int Start, int End, bool FollowedBySpace)
{
    /// <summary>The word without a final period or possessive: "inc." is "inc", "lynas's" is "lynas".</summary>
    public string Core(string text) => CoreSpan(text).ToString();

    /// <summary><see cref="Core"/> without making a string, for lookups in every word of a text.</summary>
    public ReadOnlySpan<char> CoreSpan(string text)
    {
        var end = End;
        if (end - Start > 2 && text[end - 1] == 's' && text[end - 2] == '\'')
        {
            end -= 2;
        }
        while (end > Start + 1 && text[end - 1] is '.' or '\'')
        {
            end--;
        }
        return text.AsSpan(Start, end - Start);
    }

    public bool EndsWithPeriod(string text) => text[End - 1] == '.';
}
