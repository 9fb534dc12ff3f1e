using System.Collections.Frozen;

namespace Pipeline.Extraction.Values;

/// <summary>Numbers in English words: seven, twenty-two, one hundred and five, five million, two dozen.</summary>
internal static class EnglishNumbers
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["hundred"] = 100, ["dozen"] = 12, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup =
        Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    // Ordinal words, for ranks ("ranks third") and parts of a year ("fourth quarter").
    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup =
        Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNumberWord(ReadOnlySpan<char> word) => UnitLookup.ContainsKey(word);

    /// <summary>"first" to "twentieth" as 1 to 20.</summary>
    public static bool TryReadOrdinal(ReadOnlySpan<char> word, out int value) => OrdinalLookup.TryGetValue(word, out value);

    public static bool TryRead(string text, int start, out NumberToken number)
    {
        number = default;
        double total = 0, section = 0;
        var end = start;
        var i = start;
        var any = false;
        var lastWasUnit = false;
        while (true)
        {
            var wordEnd = TextScan.WordEnd(text, i);
            if (wordEnd == i)
            {
                break;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (UnitLookup.TryGetValue(word, out var unit))
            {
                if (lastWasUnit && (section % 10 != 0 || unit >= 10))
                {
                    break;
                }
                section += unit;
                lastWasUnit = true;
            }
            else if (ScaleLookup.TryGetValue(word, out var scale) && any)
            {
                if (scale < 1000)
                {
                    section = (section == 0 ? 1 : section) * scale;
                }
                else
                {
                    total += (section == 0 ? 1 : section) * scale;
                    section = 0;
                }
                lastWasUnit = false;
            }
            else if (word is "a" && !any && ScaleLookup.TryGetValue(NextWord(text, wordEnd), out var aScale) && aScale < 1000)
            {
                // "a hundred", "a dozen"
                section = 1;
                any = true;
                i = TextScan.SkipInlineSpace(text, wordEnd);
                continue;
            }
            else if (word is "and" && any && !lastWasUnit && IsNumberWord(NextWord(text, wordEnd)))
            {
                i = TextScan.SkipInlineSpace(text, wordEnd);
                continue;
            }
            else
            {
                break;
            }
            any = true;
            end = wordEnd;
            // Words join with a space or a hyphen: twenty-two, forty five.
            var next = wordEnd;
            if (TextScan.At(text, next) == '-')
            {
                next++;
            }
            else
            {
                next = TextScan.SkipInlineSpace(text, next);
            }
            if (next == wordEnd)
            {
                break;
            }
            i = next;
        }
        if (!any)
        {
            return false;
        }
        number = new NumberToken(total + section, start, end, ArabicInteger: false);
        return true;
    }

    private static ReadOnlySpan<char> NextWord(string text, int end)
    {
        var start = TextScan.SkipInlineSpace(text, end);
        return text.AsSpan(start, TextScan.WordEnd(text, start) - start);
    }
}
