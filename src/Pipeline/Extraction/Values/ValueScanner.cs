namespace Pipeline.Extraction.Values;

/// <summary>
/// One pass over normalized text: stops only where a value can start (a digit, a Chinese numeral,
/// a currency sign, 每, 百分之, a number or month word), reads a date there first, else a value,
/// and moves past what it found, so mentions never overlap. Two dates joined by 至, 到, a dash,
/// "to" or "through" are one span (1979年至2001年, 10月25日至26日, 2020 through 2023). A date that
/// does not write its year takes the document's, else the last year written before it. Ordinals
/// become ranks where the words make them one (<see cref="Ranks"/>, <see cref="RankedLists"/>).
/// </summary>
public sealed class ValueScanner(UnitTable units)
{
    private readonly UnitTable _units = units;

    private readonly ValuePhraseReader _phrases = new(units);

    private readonly ChangeMultiples _multiples = new(units);

    private readonly ComparedMultiples _compared = new(units);

    public IReadOnlyList<ValueReading> Read(ExtractionInput input) => new Pass(this, input).Run();

    /// <summary>The state of one read: where it is, what it found and the last year the text wrote.</summary>
    private sealed class Pass(ValueScanner scanner, ExtractionInput input)
    {
        private readonly string _text = input.Normalized.Text;
        private readonly List<ValueReading> _found = [];
        private int? _lastYear;
        private TableCells? _tables;
        private HashSet<int>? _rankedItems;

        private DateContext Context => new(input.DocumentDate, _lastYear);

        public List<ValueReading> Run()
        {
            var text = _text;
            _tables = text.Contains('|') ? TableCells.Of(text, scanner._units) : null;
            _rankedItems = text.Contains(':') || text.Contains('：') ? RankedLists.ItemNumbers(text) : null;
            var floor = 0;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var count = _found.Count;
                int next;
                if (scanner._multiples.TryRead(text, i, floor, out var multiple) || scanner._compared.TryRead(text, i, floor, out multiple))
                {
                    next = Add(multiple);
                }
                else if (TextScan.IsLatin(c))
                {
                    next = AtWord(i, floor);
                }
                else if (TextScan.IsDigit(c))
                {
                    next = AtDigit(i, floor);
                }
                else if (c < '\u3400')
                {
                    // A hyphen is a minus sign only where no word joins it (scp-173 is a name).
                    next = c is '$' or '€' or '£' or '¥' or '₩' || (c == '-' && !TextScan.IsWordChar(TextScan.At(text, i - 1)))
                        ? AtPhrase(i, floor)
                        : i + 1;
                }
                else
                {
                    next = AtCjk(i, floor);
                }
                if (_found.Count > count)
                {
                    // Qualifiers looked for before the next value must not reach into this one.
                    floor = next;
                }
                i = Math.Max(next, i + 1);
            }
            return _found;
        }

        private int AtWord(int i, int floor)
        {
            var text = _text;
            var wordEnd = TextScan.WordEnd(text, i);
            if (i > 0 && TextScan.IsDigit(text[i - 1]))
            {
                return wordEnd;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if ((EnglishDates.IsMonth(word) && IsCapitalized(i) && EnglishDates.TryReadMonth(text, i, wordEnd, Context, bare: !StartsName(wordEnd), out var hit))
                || (word is "this" or "last" or "next" or "fy" or "fiscal" && EnglishDates.TryReadWord(text, i, wordEnd, input.DocumentDate, out hit))
                || ((word is "q" or "h" || EnglishDates.IsOrdinal(word)) && EnglishDates.TryReadPart(text, i, wordEnd, out hit))
                || (word.EndsWith("day") && (IsCapitalized(i) || word is "yesterday") && !AfterNext(i) && RelativeDays.TryReadEnglish(word, i, wordEnd, input.DocumentDate, out hit)))
            {
                return AddDate(hit);
            }
            if (Ranks.IsOrdinal(word, out var place) && Ranks.TryReadEnglish(text, i, wordEnd, out var rankEnd))
            {
                return AddRank(i, rankEnd, place);
            }
            if (EnglishNumbers.IsNumberWord(word) || word is "minus" || (word.Length <= 4 && MayStartMoney(text, wordEnd))
                || Fractions.TryRead(text, i, out _, out _))
            {
                var end = AtPhrase(i, floor);
                if (end > i + 1)
                {
                    return end;
                }
            }
            if (word is "percent" or "percents" or "per" or "percentage" && TryPercentOf(i, floor, out var percentEnd))
            {
                return percentEnd;
            }
            return wordEnd;
        }

        private int AtDigit(int i, int floor)
        {
            var text = _text;
            var previous = TextScan.At(text, i - 1);
            if (_tables is { } tables && TryTableCell(tables, i, out var cellEnd))
            {
                return cellEnd;
            }
            if (_rankedItems is not null && _rankedItems.Contains(i) && ArabicNumbers.TryRead(text, i, out var item))
            {
                // "3. Australia" under "The top ten countries by reserves:": the item's number is its place.
                return AddRank(i, item.End, (int)item.Value);
            }
            if (Ranks.TryReadNumberSign(text, i, out var signStart, out var place, out var placeEnd))
            {
                return AddRank(signStart, placeEnd, place);
            }
            DateHit hit;
            if (i > 0 && (TextScan.IsLatin(previous) || TextScan.IsDigit(previous) || previous is '.' or '#' or '%' || previous == '第' || IsAfterIdentifier(text, i) || IsAfterNumberSign(text, i)))
            {
                // MP2025年一季度: a year written against a name is still a year.
                return TextScan.IsLatin(previous) && IsYearBeforeNian(text, i) && ChineseDates.TryRead(text, i, Context, out hit) ? AddDate(hit) : SkipNumber(text, i);
            }
            if (ChineseDates.TryRead(text, i, Context, out hit) || EnglishDates.TryReadDayFirst(text, i, Context, out hit))
            {
                return AddDate(hit);
            }
            if (Ranks.TryReadDigitOrdinal(text, i, out place, out var ordinalEnd))
            {
                // 3rd, 4th: a rank in "3rd-largest", "ranked 4th"; else a bare ordinal, skipped.
                return Ranks.TryReadEnglish(text, i, ordinalEnd, out var rankEnd) ? AddRank(i, rankEnd, place) : ordinalEnd;
            }
            if (ArabicNumbers.TryRead(text, i, out var number) && number.IsYearLike)
            {
                if ((EnglishDates.TryReadYear(text, i, number, out hit) || TryBareYear(i, number, out hit)) && !scanner.HasUnitAfter(text, hit.End))
                {
                    return AddDate(hit);
                }
            }
            var end = AtPhrase(i, floor);
            return end > i + 1 ? end : SkipNumber(text, i);
        }

        /// <summary>
        /// In a table (<see cref="TableCells"/>): 270,000 under "Mine production 2024 (t REO)" or
        /// under 2024 below a caption in 公吨 is a value in that unit; 2024 heading a column is a
        /// year. The year is the column's, not the text's: later dates without a year do not take it.
        /// </summary>
        private bool TryTableCell(TableCells tables, int i, out int end)
        {
            end = i;
            if (!ArabicNumbers.TryRead(_text, i, out var number))
            {
                return false;
            }
            if (tables.Years.Contains(i) && CalendarSpans.Year((int)number.Value) is { } year)
            {
                end = Add(new ValuePhrase(MentionKind.Date, i, number.End, i, number.End) { Date = year });
                return true;
            }
            if (!tables.Units.TryGetValue(i, out var unit))
            {
                return false;
            }
            var kind = unit.Category switch
            {
                UnitCategory.Currency => MentionKind.Money,
                UnitCategory.Percent => MentionKind.Percentage,
                _ => MentionKind.Quantity,
            };
            var measure = Measure.Exactly(number.Value * unit.Factor, unit.Code, unit.Symbol);
            end = Add(new ValuePhrase(kind, i, number.End, i, number.End) { Value = measure });
            return true;
        }

        /// <summary>《2025矿物商品摘要》: a year opening a title; "2020 to 2023": a year a span of years starts with.</summary>
        private bool TryBareYear(int i, NumberToken number, out DateHit hit)
        {
            hit = default;
            var year = (int)number.Value;
            if (year is < 1900 or > CalendarSpans.MaxYear)
            {
                return false;
            }
            if (TextScan.At(_text, i - 1) == '《' && !TextScan.IsDigit(TextScan.At(_text, number.End)) && TextScan.At(_text, number.End) is not ('%' or '.' or ','))
            {
                hit = new DateHit(i, number.End, CalendarSpans.Year(year)!);
                return true;
            }
            var at = TextScan.SkipInlineSpace(_text, number.End);
            var wordEnd = TextScan.WordEnd(_text, at);
            if (at > number.End && _text.AsSpan(at, wordEnd - at) is "to" or "through" or "thru"
                && EnglishDates.TryReadYearAfter(_text, TextScan.SkipInlineSpace(_text, wordEnd), year, shortForm: false, out var last, out var lastEnd)
                && CalendarSpans.Years(year, last) is { } span)
            {
                hit = new DateHit(i, lastEnd, span);
                return true;
            }
            return false;
        }

        private int AtCjk(int i, int floor)
        {
            var text = _text;
            var c = text[i];
            var previous = TextScan.At(text, i - 1);
            if (c is '昨' or '周' or '星' && RelativeDays.TryReadChinese(text, i, input.DocumentDate, out var day))
            {
                return AddDate(day);
            }
            if (c == '第')
            {
                return Ranks.TryReadChinese(text, i, out var place, out var rankEnd) ? AddRank(i, rankEnd, place) : i + 1;
            }
            if (c is '今' or '去' or '明' or '同')
            {
                return ChineseDates.TryReadRelative(text, i, Context, out var relative) ? AddDate(relative) : i + 1;
            }
            if (ChineseNumerals.CanStart(c))
            {
                if (previous == '第' || ChineseNumerals.IsNumeralChar(previous) || previous == '点')
                {
                    return i + 1;
                }
                if (ChineseDates.TryRead(text, i, Context, out var hit))
                {
                    return AddDate(hit);
                }
                var end = AtPhrase(i, floor);
                return end > i + 1 ? end : ChineseNumerals.TryRead(text, i, out var skipped) ? Math.Max(skipped.End, i + 1) : i + 1;
            }
            if (c is '百' or '千' or '万' or '佰' or '仟' && ChineseNumerals.IsNumeralChar(previous))
            {
                return i + 1;
            }
            if (c is '百' or '千' or '万' or '佰' or '仟' or '每' or '负' or '半' or '人' or '￥' && previous is not ('上' or '下'))
            {
                return AtPhrase(i, floor);
            }
            if (c == '对' && previous == '打' && TextScan.At(text, i + 1) == '折')
            {
                // 打对折: half price.
                var measure = new Measure(50, 50, "%", Qualifier.Exact, "折");
                return Add(new ValuePhrase(MentionKind.Percentage, i, i + 2, i, i + 2) { Value = measure });
            }
            return i + 1;
        }

        private int AtPhrase(int i, int floor) =>
            scanner._phrases.TryRead(_text, i, floor, out var phrase) ? Add(phrase) : i + 1;

        /// <summary>"percent of 10", "per cent of twenty-two": the share named before its number.</summary>
        private bool TryPercentOf(int i, int floor, out int end)
        {
            var text = _text;
            end = i + 1;
            if (!scanner._units.Suffixes.TryMatch(text, i, out var unit, out var unitEnd) || unit.Category != UnitCategory.Percent)
            {
                return false;
            }
            var of = TextScan.SkipInlineSpace(text, unitEnd);
            if (!text.AsSpan(of).StartsWith("of ") || TextScan.IsLatin(TextScan.At(text, i - 1)))
            {
                return false;
            }
            var at = TextScan.SkipInlineSpace(text, of + 3);
            if (!scanner._phrases.Amounts.ReadNumber(text, at, out var number) || TextScan.IsLatin(TextScan.At(text, number.End)))
            {
                return false;
            }
            // "percent of 10 people" is not a share of 10: the number must end the phrase.
            var after = TextScan.SkipInlineSpace(text, number.End);
            if (TextScan.IsLatin(TextScan.At(text, after)) || TextScan.IsDigit(TextScan.At(text, after)))
            {
                return false;
            }
            var measure = Measure.Exactly(number.Value * unit.Factor, "%", unit.Symbol);
            end = Add(new ValuePhrase(MentionKind.Percentage, i, number.End, i, number.End) { Value = measure });
            return floor >= 0;
        }

        /// <summary>Adds a date, joined to a second one after 至, 到, a dash, "to" or "through", and remembers its year.</summary>
        private int AddDate(DateHit hit)
        {
            hit = ExtendToRange(hit);
            if (!hit.YearFromContext && !IsDeadline(hit.Start))
            {
                _lastYear = hit.Span.To.Year;
            }
            return Add(new ValuePhrase(MentionKind.Date, hit.Start, hit.End, hit.Start, hit.End) { Date = hit.Span, Note = hit.Note });
        }

        /// <summary>
        /// 暂停管制至2026年11月10日, until 2026: a date a span runs to is not the time the text is
        /// telling of, so later dates without a year do not take its year.
        /// </summary>
        private bool IsDeadline(int start)
        {
            var end = TextScan.SkipSpaceBack(_text, start);
            var c = TextScan.At(_text, end - 1);
            if (c is '至' or '到')
            {
                return true;
            }
            var wordStart = TextScan.WordStart(_text, end);
            return wordStart < end && _text.AsSpan(wordStart, end - wordStart) is "until" or "till" or "by" or "through";
        }

        private DateHit ExtendToRange(DateHit first)
        {
            var text = _text;
            var at = TextScan.SkipInlineSpace(text, first.End);
            var c = TextScan.At(text, at);
            int next;
            if (c is '至' or '到' or '—' or '–' or '-' or '~' or '～' or '〜')
            {
                next = at + 1;
                while (TextScan.At(text, next) == c && c is '—' or '-')
                {
                    next++;
                }
            }
            else if (at > first.End && TextScan.IsLatin(c) && text.AsSpan(at, TextScan.WordEnd(text, at) - at) is "to" or "through" or "thru")
            {
                next = TextScan.WordEnd(text, at);
                if (!TextScan.IsSpace(TextScan.At(text, next)))
                {
                    return first;
                }
            }
            else
            {
                return first;
            }
            next = TextScan.SkipInlineSpace(text, next);
            if (!TryReadSecond(first, next, out var second))
            {
                return first;
            }
            var from = first.Span.From;
            if (first.YearFromContext && !second.YearFromContext)
            {
                // "June to August 2024": the year written at the end is the first date's too.
                from = from.AddYears(second.Span.From.Year - from.Year);
            }
            if (second.Span.From <= from || second.Span.To <= first.Span.To.AddYears(from.Year - first.Span.From.Year))
            {
                return first;
            }
            return new DateHit(first.Start, second.End, new DateSpan(from, second.Span.To), first.Note ?? second.Note)
            {
                YearFromContext = first.YearFromContext && second.YearFromContext,
            };
        }

        /// <summary>
        /// The second date of a range, its missing parts from the first: 26日 after 10月25日, 12月 after
        /// 2024年10月, 2023 after 2020, August after June.
        /// </summary>
        private bool TryReadSecond(DateHit first, int at, out DateHit second)
        {
            var text = _text;
            second = default;
            var year = first.Span.From.Year;
            var context = DateContext.InYear(year);
            var c = TextScan.At(text, at);
            if (TextScan.IsDigit(c) || ChineseNumerals.CanStart(c))
            {
                if (first.Span.From == first.Span.To && TryDayOfMonth(first.Span.From, at, out second))
                {
                    return true;
                }
                if (ChineseDates.TryRead(text, at, context, out second))
                {
                    return true;
                }
                var wholeYears = first.Span.From.DayOfYear == 1 && first.Span.To.Month == 12 && first.Span.To.Day == 31;
                if (wholeYears && TextScan.IsDigit(c) && EnglishDates.TryReadYearAfter(text, at, first.Span.To.Year, shortForm: false, out var last, out var lastEnd)
                    && !scanner.HasUnitAfter(text, lastEnd) && CalendarSpans.Year(last) is { } span)
                {
                    second = new DateHit(at, lastEnd, span);
                    return true;
                }
                return false;
            }
            if (TextScan.IsLatin(c) && IsCapitalized(at))
            {
                var wordEnd = TextScan.WordEnd(text, at);
                return EnglishDates.IsMonth(text.AsSpan(at, wordEnd - at)) && EnglishDates.TryReadMonth(text, at, wordEnd, context, bare: true, out second);
            }
            return false;
        }

        /// <summary>26日 (or 26号) after a day of the same month: 10月25日至26日.</summary>
        private bool TryDayOfMonth(DateOnly first, int at, out DateHit second)
        {
            second = default;
            var end = at;
            var day = 0;
            while (TextScan.IsDigit(TextScan.At(_text, end)) && end - at < 2)
            {
                day = day * 10 + (_text[end++] - '0');
            }
            if (end == at || TextScan.At(_text, end) is not ('日' or '号') || CalendarSpans.Day(first.Year, first.Month, day) is not { } span)
            {
                return false;
            }
            second = new DateHit(at, end + 1, span);
            return true;
        }

        private int AddRank(int start, int end, int place) =>
            Add(new ValuePhrase(MentionKind.Rank, start, end, start, end) { Value = Measure.Exactly(place, Ranks.Unit) });

        private int Add(ValuePhrase phrase)
        {
            var (coreStart, coreEnd) = input.Normalized.Map.ToOriginal(phrase.CoreStart, phrase.CoreEnd);
            var value = phrase.Value is { } read && phrase.Kind == MentionKind.Quantity
                ? CasedUnits.Respell(read, input.Original[coreStart..coreEnd], scanner._units)
                : phrase.Value;
            var (start, end, surface) = input.OriginalOf(phrase.Start, phrase.End);
            var mention = new Mention(phrase.Kind, start, end, surface) { Value = value, Date = phrase.Date };
            _found.Add(new ValueReading(mention, coreStart, coreEnd, phrase.Note));
            return phrase.End;
        }

        /// <summary>Month names are capitalized as written ("may" and "march" are verbs too).</summary>
        /// <summary>"next Friday", "last Friday": a weekday the dateline alone cannot place.</summary>
        private bool AfterNext(int i)
        {
            var end = i;
            while (end > 0 && TextScan.IsSpace(_text[end - 1]))
            {
                end--;
            }
            var start = TextScan.WordStart(_text, end);
            return _text.AsSpan(start, end - start) is "next" or "last" or "this" or "every";
        }

        private bool IsCapitalized(int i)
        {
            var original = input.Normalized.Map.ToOriginal(i);
            return original < input.Original.Length && char.IsUpper(input.Original[original]);
        }

        /// <summary>A capitalized word right after a month name makes it part of a name (April Smith, October Revolution).</summary>
        private bool StartsName(int wordEnd)
        {
            var next = TextScan.SkipInlineSpace(_text, wordEnd);
            return next > wordEnd && TextScan.IsLatin(TextScan.At(_text, next)) && IsCapitalized(next);
        }
    }

    private bool HasUnitAfter(string text, int end)
    {
        var at = TextScan.SkipSpace(text, end);
        return _units.Suffixes.TryMatch(text, at, out _, out _) || (TextScan.At(text, end) == '-' && _units.Suffixes.TryMatch(text, end + 1, out _, out _));
    }

    /// <summary>Whether a currency sign follows a short word (us$, c $, hk$) or a code stands before a number (usd 200).</summary>
    private static bool MayStartMoney(string text, int wordEnd)
    {
        var at = TextScan.SkipInlineSpace(text, wordEnd);
        var c = TextScan.At(text, at);
        return c == '$' || c == '.' || (TextScan.IsDigit(c) && at - wordEnd <= 1);
    }

    /// <summary>scp-173, f-35: a number joined by a hyphen to a word is part of a name.</summary>
    private static bool IsAfterIdentifier(string text, int i)
    {
        if (TextScan.At(text, i - 1) != '-' || !TextScan.IsWordChar(TextScan.At(text, i - 2)))
        {
            return false;
        }
        var wordStart = TextScan.WordStart(text, i - 1);
        return text.AsSpan(wordStart, i - 1 - wordStart) is not ("mid" or "early" or "late");
    }

    /// <summary>No. 18, no 61: an announcement number, not a count.</summary>
    private static bool IsAfterNumberSign(string text, int i)
    {
        var end = TextScan.SkipInlineSpace(text, i - 1 >= 0 && text[i - 1] == ' ' ? i - 1 : i) == i ? TextScan.SkipSpaceBack(text, i) : i;
        if (TextScan.At(text, end - 1) == '.')
        {
            end--;
        }
        var start = TextScan.WordStart(text, end);
        return end - start == 2 && text.AsSpan(start, 2) is "no";
    }

    /// <summary>Four digits and 年 right after them.</summary>
    private static bool IsYearBeforeNian(string text, int i) =>
        TextScan.IsDigit(TextScan.At(text, i + 3)) && !TextScan.IsDigit(TextScan.At(text, i + 4)) && TextScan.At(text, i + 4) == '年'
        && TextScan.IsDigit(TextScan.At(text, i + 1)) && TextScan.IsDigit(TextScan.At(text, i + 2));

    private static int SkipNumber(string text, int i)
    {
        while (i < text.Length && (TextScan.IsDigit(text[i]) || text[i] is ',' or '.' && TextScan.IsDigit(TextScan.At(text, i + 1))))
        {
            i++;
        }
        return i;
    }
}
