namespace Pipeline.Text;

/// <summary>Tells Chinese from English, and Traditional from Simplified script, by counting characters.</summary>
/// <remarks>
/// One Han character carries about as much as a short English word, so Han characters are
/// weighed against Latin letters at one to <see cref="LettersPerHan"/>: a Chinese article full
/// of English names (MP Materials, Lynas, CRM Act) is still Chinese.
/// </remarks>
public static class LanguageDetector
{
    private const int LettersPerHan = 3;

    // Simplified text has almost no Traditional-only characters; Traditional text has them in
    // about every fifth Han character. One in twenty-five separates the two with room to spare.
    private const int TraditionalShareDivisor = 25;

    // Counting a prefix is enough to decide and keeps long documents cheap.
    private const int Sample = 200_000;

    public static TextLanguage Detect(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, Sample));
        int han = 0, latin = 0;
        foreach (var c in sample)
        {
            if (TextChars.IsHan(c))
            {
                han++;
            }
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
        }
        if (han == 0 || han * LettersPerHan < latin)
        {
            return TextLanguage.English;
        }
        return IsTraditional(sample, han) ? TextLanguage.Traditional : TextLanguage.Simplified;
    }

    private static bool IsTraditional(ReadOnlySpan<char> text, int han)
    {
        var converter = ScriptConverter.Default;
        var traditional = 0;
        foreach (var c in text)
        {
            if (c >= '\u3400' && converter.IsTraditionalOnly(c))
            {
                traditional++;
            }
        }
        return traditional * TraditionalShareDivisor >= han;
    }
}
