namespace Pipeline.Extraction.Values;

/// <summary>
/// Changes written as a multiple, as a change in per cent (units.yaml `multiples`): a word that is
/// the change (翻倍, doubled: +100%, with its qualifier: more than doubled), or, right after a word of
/// rising, N倍 (上涨两倍: +200% as written) or a fold word (rose threefold: +200%).
/// </summary>
internal sealed class ChangeMultiples(UnitTable units)
{
    /// <summary>How a change written as a multiple is shown back (its stated unit), and told from a plain percentage.</summary>
    internal const string Stated = "×";

    public bool TryRead(string text, int i, int floor, out ValuePhrase phrase)
    {
        phrase = default;
        var c = TextScan.At(text, i);
        if (TextScan.IsLatin(c) && TextScan.IsLatin(TextScan.At(text, i - 1)))
        {
            return false; // only at the start of a word
        }
        if (units.MultipleChanges.TryMatch(text, i, out var change, out var end))
        {
            phrase = Phrase(text, i, end, floor, change);
            return true;
        }
        if (units.MultipleFolds.TryMatch(text, i, out change, out end) && AfterRising(text, i))
        {
            phrase = new ValuePhrase(MentionKind.Percentage, i, end, i, end) { Value = Measure.Exactly(change, "%", Stated) };
            return true;
        }
        if (!(TextScan.IsDigit(c) || ChineseNumerals.CanStart(c)) || !AfterRising(text, i))
        {
            return false;
        }
        var read = TextScan.IsDigit(c) ? ArabicNumbers.TryRead(text, i, out var number) : ChineseNumerals.TryRead(text, i, out number);
        if (!read || !units.MultipleTimes.TryMatch(text, TextScan.SkipInlineSpace(text, number.End), out _, out end))
        {
            return false;
        }
        phrase = new ValuePhrase(MentionKind.Percentage, i, end, i, end) { Value = Measure.Exactly(number.Value * 100, "%", Stated) };
        return true;
    }

    /// <summary>A word of rising right before <paramref name="i"/>, with spaces or 了 between: 上涨两倍, 增长了3倍, rose threefold.</summary>
    private bool AfterRising(string text, int i)
    {
        var end = TextScan.SkipSpaceBack(text, i);
        if (TextScan.At(text, end - 1) == '了')
        {
            end = TextScan.SkipSpaceBack(text, end - 1);
        }
        return units.RisingWords.TryMatchBefore(text, end, out _, out _);
    }

    private static ValuePhrase Phrase(string text, int start, int end, int floor, double change)
    {
        var qualifier = Qualifier.Exact;
        var phraseStart = start;
        if (QualifierWords.TryBefore(text, start, floor, out var before, out var beforeStart))
        {
            (qualifier, phraseStart) = (before, beforeStart);
        }
        var measure = qualifier switch
        {
            Qualifier.AtLeast => new Measure(change, null, "%", qualifier, Stated),
            Qualifier.AtMost or Qualifier.Nearly => new Measure(null, change, "%", qualifier, Stated),
            _ => new Measure(change, change, "%", qualifier, Stated),
        };
        return new ValuePhrase(MentionKind.Percentage, phraseStart, end, start, end) { Value = measure };
    }
}
