namespace Pipeline.Extraction.Values;

/// <summary>Character tests and whitespace steps over normalized text (lower case, half-width).</summary>
internal static class TextScan
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsLatin(char c) => c is >= 'a' and <= 'z' || (c >= '\u00c0' && c < '\u0250' && char.IsLetter(c));

    public static bool IsWordChar(char c) => IsLatin(c) || IsDigit(c);

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00a0' or '\u2009' or '\u202f';

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    public static char At(string text, int i) => (uint)i < (uint)text.Length ? text[i] : '\0';

    /// <summary>Where the line that holds <paramref name="start"/> ends: its line break, or the end of the text.</summary>
    public static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>The start of the next line after <paramref name="lineEnd"/> that is not blank (cleaned text puts blank lines between rows).</summary>
    public static int NextNonBlankLine(string text, int lineEnd)
    {
        var i = lineEnd + 1;
        while (i < text.Length)
        {
            var end = LineEnd(text, i);
            if (!text.AsSpan(i, end - i).IsWhiteSpace())
            {
                return i;
            }
            i = end + 1;
        }
        return text.Length;
    }

    /// <summary>Past spaces and at most one line break (hard-wrapped text breaks "$150" / "million").</summary>
    public static int SkipSpace(string text, int i)
    {
        var breaks = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c) || c == '\r')
            {
                i++;
            }
            else if (c == '\n' && breaks++ == 0)
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>Back over spaces and at most one line break: the index just after the previous non-space.</summary>
    public static int SkipSpaceBack(string text, int end)
    {
        var breaks = 0;
        while (end > 0)
        {
            var c = text[end - 1];
            if (IsSpace(c) || c == '\r')
            {
                end--;
            }
            else if (c == '\n' && breaks++ == 0)
            {
                end--;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    /// <summary>Back over a run of Markdown emphasis marks (** or _) ending at <paramref name="end"/>.</summary>
    public static int SkipEmphasisBack(string text, int end)
    {
        var start = end;
        while (start > 0 && text[start - 1] is '*' or '_' && end - start < 3)
        {
            start--;
        }
        return start;
    }

    /// <summary>Past a run of Markdown emphasis marks (** or _) starting at <paramref name="i"/>.</summary>
    public static int SkipEmphasis(string text, int i)
    {
        var start = i;
        while (i < text.Length && text[i] is '*' or '_' && i - start < 3)
        {
            i++;
        }
        return i;
    }

    /// <summary>Past spaces only (no line break): for the space some writers put inside Chinese numerals.</summary>
    public static int SkipInlineSpace(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The end of the run of Latin letters starting at <paramref name="i"/>.</summary>
    public static int WordEnd(string text, int i)
    {
        while (i < text.Length && IsLatin(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The start of the word that ends at <paramref name="end"/>.</summary>
    public static int WordStart(string text, int end)
    {
        while (end > 0 && IsLatin(text[end - 1]))
        {
            end--;
        }
        return end;
    }
}
