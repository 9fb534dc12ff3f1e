using System.Buffers;

namespace Pipeline.Text;

/// <summary>Recognises lines that start a list item, a heading or a table row.</summary>
internal static class LineStarts
{
    private const string Bullets = "•·●○■□▪▫◆◇►▶➢✓※";
    private const string ChineseNumerals = "一二三四五六七八九十百零〇";
    private static readonly SearchValues<char> Numerals = SearchValues.Create(ChineseNumerals);
    private static readonly SearchValues<char> NumeralsAndDigits = SearchValues.Create(ChineseNumerals + "0123456789");
    private static readonly SearchValues<char> RomanNumerals = SearchValues.Create("IVX");

    public static bool IsListOrHeading(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return false;
        }
        var c = line[0];
        return c switch
        {
            '#' => IsMarkdownHeading(line),
            '|' => true,
            '-' or '*' or '+' or '>' => line.Length > 1 && char.IsWhiteSpace(line[1]),
            '—' or '–' => true,
            '(' or '（' => IsBracketedNumber(line[1..]),
            '第' => IsChapter(line[1..]),
            _ when char.IsAsciiDigit(c) => IsNumbered(line),
            _ when ChineseNumerals.Contains(c) => IsChineseNumbered(line),
            _ when char.IsAsciiLetter(c) => IsLettered(line),
            _ when Bullets.Contains(c) => true,
            _ => c is >= '\u2460' and <= '\u249B' or >= '\u2776' and <= '\u2793',
        };
    }

    public static bool IsMarkdownHeading(ReadOnlySpan<char> line)
    {
        var hashes = line.IndexOfAnyExcept('#');
        return hashes is >= 1 and <= 6 && line[hashes] == ' ';
    }

    // "1. ", "2) ", "3、", "2.1 ", but not "2025年" or "1.18萬噸".
    private static bool IsNumbered(ReadOnlySpan<char> line)
    {
        var at = 0;
        while (true)
        {
            var digits = CountDigits(line[at..]);
            if (digits is 0 or > 3)
            {
                return false;
            }
            at += digits;
            if (at >= line.Length)
            {
                return false;
            }
            var next = line[at];
            if (next is ')' or '）' or '、')
            {
                return true;
            }
            if (next is not ('.' or '．'))
            {
                return at > digits && char.IsWhiteSpace(next);
            }
            at++;
            if (at >= line.Length || !char.IsAsciiDigit(line[at]))
            {
                return true;
            }
        }
    }

    private static bool IsChineseNumbered(ReadOnlySpan<char> line)
    {
        var at = line.IndexOfAnyExcept(Numerals);
        return at is > 0 and <= 3 && line[at] is '、' or '.' or '．';
    }

    private static bool IsBracketedNumber(ReadOnlySpan<char> rest)
    {
        var at = char.IsAsciiDigit(rest.IsEmpty ? ' ' : rest[0]) ? CountDigits(rest) : rest.IndexOfAnyExcept(Numerals);
        return at is > 0 and <= 3 && at < rest.Length && rest[at] is ')' or '）';
    }

    private static bool IsChapter(ReadOnlySpan<char> rest)
    {
        var at = rest.IndexOfAnyExcept(NumeralsAndDigits);
        return at is > 0 and <= 4 && rest[at] is '章' or '節' or '节' or '部' or '篇' or '條' or '条' or '回';
    }

    // "A. ", "b) ", "IV. ".
    private static bool IsLettered(ReadOnlySpan<char> line)
    {
        var at = line[0] is 'I' or 'V' or 'X' ? line.IndexOfAnyExcept(RomanNumerals) : 1;
        return at > 0 && at + 1 < line.Length && line[at] is '.' or ')' && line[at + 1] == ' ';
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAnyExceptInRange('0', '9');
        return end < 0 ? text.Length : end;
    }
}
