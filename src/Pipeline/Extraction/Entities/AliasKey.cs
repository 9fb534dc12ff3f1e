using System.Text;
using Pipeline.Text;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// The form in which aliases and text are compared: normalized (Simplified, half-width, lower
/// case), with any run of white space as one space, dashes as '-' and curly apostrophes as '\''.
/// </summary>
internal static class AliasKey
{
    public static string Of(string alias)
    {
        var normalized = TextNormalizer.Default.NormalizeString(alias.Trim());
        var key = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            var folded = Fold(c);
            if (folded != ' ' || (key.Length > 0 && key[^1] != ' '))
            {
                key.Append(folded);
            }
        }
        return key.ToString().TrimEnd();
    }

    /// <summary>One normalized character as the matcher compares it.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is '\t' or '\n' or '\r' or '\f' or '\v' ? ' ' : c;
        }
        return c switch
        {
            '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u3000' => ' ',
            (>= '\u2010' and <= '\u2015') or '\u2212' => '-',
            '\u2018' or '\u2019' or '\u02BC' => '\'',
            _ => c,
        };
    }

    /// <summary>0 for anything that does not glue words together, 1 for letters of alphabets, 2 for digits.</summary>
    public static int WordClass(char c)
    {
        if (c < 0x80)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? 1 : c is >= '0' and <= '9' ? 2 : 0;
        }
        // Han, kana and hangul are written without spaces: a Latin name may touch them.
        return c >= '\u2E80' ? 0 : char.IsLetter(c) ? 1 : char.IsDigit(c) ? 2 : 0;
    }

    /// <summary>True where a word boundary lies between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static bool IsBoundary(char before, char after)
    {
        var kind = WordClass(before);
        return kind == 0 || kind != WordClass(after);
    }

    /// <summary>A Latin alias of one to three letters (US, EU, Neo), which ordinary words would collide with.</summary>
    public static bool IsShortLatin(string alias)
    {
        var letters = 0;
        foreach (var c in alias)
        {
            if (c >= '\u2E80')
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters is > 0 and <= 3;
    }

    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
