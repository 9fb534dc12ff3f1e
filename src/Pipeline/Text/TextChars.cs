using System.Buffers;

namespace Pipeline.Text;

/// <summary>Character classes the cleaner and detectors share.</summary>
internal static class TextChars
{
    /// <summary>Characters that can end a sentence, a clause before a list, or a quotation.</summary>
    public static readonly SearchValues<char> Terminal = SearchValues.Create("。．｡！？!?.;；:：…”」』’\"");

    /// <summary>Characters no paragraph starts with: a line starting with one continues the line before.</summary>
    public static readonly SearchValues<char> ContinuationStart = SearchValues.Create("、，,。；;：:）)」』》〉】”！？!?");

    public static readonly SearchValues<char> Brackets = SearchValues.Create("(（《〈「『“[【)）》〉」』”]】");

    private const string Openers = "(（《〈「『“[【";

    public static bool IsOpener(char c) => Openers.Contains(c);

    /// <summary>East Asian wide and full-width characters: Han, kana, Hangul, CJK punctuation, full-width forms.</summary>
    public static bool IsWide(char c) => c >= '\u1100' && (
        c <= '\u115F'
        || c is >= '\u2E80' and <= '\uA4CF' and not '\u303F'
        || c is >= '\uAC00' and <= '\uD7A3'
        || c is >= '\uF900' and <= '\uFAFF'
        || c is >= '\uFE30' and <= '\uFE4F'
        || c is >= '\uFF00' and <= '\uFF60'
        || c is >= '\uFFE0' and <= '\uFFE6');

    /// <summary>Han ideographs in the BMP; a high surrogate of the supplementary ideograph planes counts too.</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'
        || c is >= '\u3400' and <= '\u4DBF'
        || c is >= '\uF900' and <= '\uFAFF'
        || c is >= '\uD840' and <= '\uD87F';

    public static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    /// <summary>Letters of any script and digits: what words are made of.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static int Width(ReadOnlySpan<char> text)
    {
        // Most English lines are pure ASCII: one vectorized check instead of a loop.
        if (System.Text.Ascii.IsValid(text))
        {
            return text.Length;
        }
        var width = text.Length;
        foreach (var c in text)
        {
            if (c >= '\u1100' && IsWide(c))
            {
                width++;
            }
        }
        return width;
    }

    /// <summary>Whether the line leaves a bracket or quotation open at its end.</summary>
    public static bool LeavesBracketOpen(ReadOnlySpan<char> line)
    {
        var depth = 0;
        for (var at = line.IndexOfAny(Brackets); at >= 0; at = line.IndexOfAny(Brackets))
        {
            depth = IsOpener(line[at]) ? depth + 1 : Math.Max(0, depth - 1);
            line = line[(at + 1)..];
        }
        return depth > 0;
    }
}
