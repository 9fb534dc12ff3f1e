using System.Globalization;

namespace Pipeline.Claims;

/// <summary>
/// What .NET's regular expressions take for a word character (\w) and a word boundary (\b), so that
/// <see cref="EnglishCueScanner"/> finds exactly what <see cref="EnglishCueRegex"/> finds.
/// </summary>
internal static class RegexWordCharacters
{
    /// <summary>\w: letters, non-spacing marks, decimal digits and connectors (_).</summary>
    public static bool IsWord(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>\b counts the zero-width joiner and non-joiner as parts of a word too.</summary>
    public static bool IsBoundaryWord(char c) => IsWord(c) || c is '\u200C' or '\u200D';

    /// <summary>\b at <paramref name="at"/>: a word character on one side only (the text's ends count as none).</summary>
    public static bool IsBoundary(string text, int at) =>
        (at > 0 && IsBoundaryWord(text[at - 1])) != (at < text.Length && IsBoundaryWord(text[at]));
}
