using System.Collections.Frozen;

namespace Pipeline.Extraction.Values;

/// <summary>
/// Places in a ranking, read only where the words make an ordinal a rank (a bare 第二 or "second"
/// is none): 第N大, 第N名; 第N after 位居, 排名, 居 (位居全球第四, 排名第三位); 第N between a noun and
/// 的 or the clause's end (储量第二的, 产量全球第一，); "fourth-largest", "second biggest", "ranks
/// third", "ranked 3rd", "in second place", "the No. 2 producer". 第二座, 第三季度, "the second
/// half" and "top three" are no ranks. The value is the ordinal, in unit "rank".
/// </summary>
internal static class Ranks
{
    public const string Unit = "rank";

    // How far back a ranking verb may stand before 第 (位居全球稀土储量第二).
    private const int ChineseVerbReach = 10;

    private static readonly FrozenSet<string> Superlatives = new[]
    {
        "largest", "biggest", "greatest", "highest", "leading", "richest",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> EnglishVerbs = new[] { "rank", "ranks", "ranked", "ranking" }.ToFrozenSet();

    // Words that may stand between a ranking verb and its ordinal: "ranked as the third", "ranks at No. 2".
    private static readonly FrozenSet<string> VerbFillers = new[] { "as", "the", "at" }.ToFrozenSet();

    // Words before "No." that make the number a place: "the No. 2 producer", "ranked No. 1", "the world's No. 3".
    private static readonly FrozenSet<string> NumberSignBefore = new[]
    {
        "the", "rank", "ranks", "ranked", "ranking", "at", "as", "is", "was", "s",
    }.ToFrozenSet();

    private static readonly PhraseSet<bool> ChineseVerbs = new(new[]
    {
        "位居", "位列", "名列", "排名", "排行", "排在", "排", "居",
    }.Select(w => (w, true)));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SuperlativeLookup =
        Superlatives.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup =
        EnglishVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup =
        VerbFillers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberSignLookup =
        NumberSignBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsOrdinal(ReadOnlySpan<char> word, out int place) => EnglishNumbers.TryReadOrdinal(word, out place);

    /// <summary>第三大, "fourth-largest": a rank written as a superlative, which ranks the noun right after it.</summary>
    public static bool IsSuperlative(ReadOnlySpan<char> written)
    {
        if (written.IsEmpty)
        {
            return false;
        }
        if (written[^1] == '大')
        {
            return true;
        }
        var wordStart = written.Length;
        while (wordStart > 0 && TextScan.IsLatin(written[wordStart - 1]))
        {
            wordStart--;
        }
        return SuperlativeLookup.Contains(written[wordStart..]);
    }

    /// <summary>第四大, 第4名, 位居全球第四, 储量第二的: a rank starting at 第 (<paramref name="at"/>), and where it ends.</summary>
    public static bool TryReadChinese(string text, int at, out int place, out int end)
    {
        place = 0;
        end = at;
        var numberAt = TextScan.SkipInlineSpace(text, at + 1);
        if (!ReadInteger(text, numberAt, out place, out var numberEnd))
        {
            return false;
        }
        var after = TextScan.SkipInlineSpace(text, numberEnd);
        var c = TextScan.At(text, after);
        if (c is '大' or '名')
        {
            end = after + 1;
            return true;
        }
        end = numberEnd;
        if (c == '位')
        {
            // 居第二位 is a place; 第二位总统 is the second president.
            end = after + 1;
            return HasChineseVerbBefore(text, at);
        }
        if (c != '的' && after == numberEnd && !EndsClause(c))
        {
            return false; // 第二座, 第三季度, 第一梯队
        }
        return HasChineseVerbBefore(text, at) || TextScan.IsCjk(TextScan.At(text, at - 1));
    }

    /// <summary>
    /// "fourth-largest", "second biggest", "third place", "ranks third": a rank at an ordinal
    /// [<paramref name="start"/>, <paramref name="ordinalEnd"/>) (a word or 3rd), and where it ends.
    /// </summary>
    public static bool TryReadEnglish(string text, int start, int ordinalEnd, out int end)
    {
        end = ordinalEnd;
        var c = TextScan.At(text, ordinalEnd);
        if (c is '-' or ' ')
        {
            var next = c == '-' ? ordinalEnd + 1 : TextScan.SkipInlineSpace(text, ordinalEnd);
            var nextEnd = TextScan.WordEnd(text, next);
            var word = text.AsSpan(next, nextEnd - next);
            if (SuperlativeLookup.Contains(word) || (c == ' ' && word is "place"))
            {
                end = nextEnd;
                return true;
            }
        }
        return HasEnglishVerbBefore(text, start);
    }

    /// <summary>3rd, 4th, 21st: an ordinal written in digits at <paramref name="start"/>, and where its suffix ends.</summary>
    public static bool TryReadDigitOrdinal(string text, int start, out int place, out int end)
    {
        end = start;
        if (!ReadInteger(text, start, out place, out var numberEnd))
        {
            return false;
        }
        var suffixEnd = TextScan.WordEnd(text, numberEnd);
        if (text.AsSpan(numberEnd, suffixEnd - numberEnd) is not ("st" or "nd" or "rd" or "th"))
        {
            return false;
        }
        end = suffixEnd;
        return true;
    }

    /// <summary>"the No. 2 producer", "ranked No. 1": a number after "No." that a ranking word or article introduces.</summary>
    public static bool TryReadNumberSign(string text, int numberStart, out int start, out int place, out int end)
    {
        start = numberStart;
        end = numberStart;
        place = 0;
        var signEnd = TextScan.SkipSpaceBack(text, numberStart);
        if (TextScan.At(text, signEnd - 1) == '.')
        {
            signEnd--;
        }
        var signStart = TextScan.WordStart(text, signEnd);
        if (signEnd - signStart != 2 || text.AsSpan(signStart, 2) is not "no")
        {
            return false;
        }
        var before = TextScan.SkipSpaceBack(text, signStart);
        var wordStart = TextScan.WordStart(text, before);
        if (!NumberSignLookup.Contains(text.AsSpan(wordStart, before - wordStart))
            || (text.AsSpan(wordStart, before - wordStart) is "s" && TextScan.At(text, wordStart - 1) is not ('\'' or '’'))
            || !ReadInteger(text, numberStart, out place, out end))
        {
            return false;
        }
        start = signStart;
        return true;
    }

    /// <summary>A whole number from 1 to 999 at <paramref name="start"/>: 4, 四, 十二. Not 4.5, not 4,000.</summary>
    private static bool ReadInteger(string text, int start, out int value, out int end)
    {
        value = 0;
        end = start;
        var c = TextScan.At(text, start);
        NumberToken number;
        if (TextScan.IsDigit(c))
        {
            if (!ArabicNumbers.TryRead(text, start, out number) || !number.ArabicInteger)
            {
                return false;
            }
        }
        else if (!ChineseNumerals.TryRead(text, start, out number))
        {
            return false;
        }
        if (number.Value is < 1 or > 999 || number.Value != Math.Floor(number.Value))
        {
            return false;
        }
        (value, end) = ((int)number.Value, number.End);
        return true;
    }

    private static bool HasChineseVerbBefore(string text, int at)
    {
        for (var from = at - 1; from >= 0 && at - from <= ChineseVerbReach && TextScan.IsCjk(text[from]); from--)
        {
            if (ChineseVerbs.TryMatch(text, from, out _, out var verbEnd) && verbEnd <= at)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"ranks third", "ranked as the 3rd", "ranking third": a ranking verb before the ordinal.</summary>
    private static bool HasEnglishVerbBefore(string text, int start)
    {
        var end = SkipBackInline(text, start);
        for (var words = 0; words < 3 && end < start; words++)
        {
            var wordStart = TextScan.WordStart(text, end);
            var word = text.AsSpan(wordStart, end - wordStart);
            if (word.IsEmpty)
            {
                return false;
            }
            if (VerbLookup.Contains(word))
            {
                return true;
            }
            if (!FillerLookup.Contains(word))
            {
                return false;
            }
            end = SkipBackInline(text, wordStart);
        }
        return false;
    }

    private static int SkipBackInline(string text, int end)
    {
        while (end > 0 && TextScan.IsSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static bool EndsClause(char c) =>
        c is '\0' or '\n' or '\r' or ',' or '，' or '。' or '.' or ';' or '；' or '!' or '！' or '?' or '？' or ')' or '）' or ']' or '】' or '」'
        || TextScan.IsSpace(c);
}
