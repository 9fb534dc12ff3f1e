using Icu;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Sentences by ICU's sentence rules: 。！？ and English full stops, with English abbreviations
/// (U.S., Oct., No.) and list numbers (3.) not taken for sentence ends; paragraph breaks always end a sentence,
/// and a sentence that runs on past any real one's length is cut (<see cref="SentenceCap"/>).
/// </summary>
public static partial class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/> as (start, end), trailing white space excluded.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, string language)
    {
        var sentences = new List<(int, int)>();
        var boundaries = t_boundaries ??= [];
        boundaries.Clear();
        FindBoundaries(text, language, boundaries);
        for (var i = 1; i < boundaries.Count; i++)
        {
            var (start, end) = (boundaries[i - 1], boundaries[i]);
            var trimmedEnd = end;
            while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }
            var trimmedStart = start;
            while (trimmedStart < trimmedEnd && char.IsWhiteSpace(text[trimmedStart]))
            {
                trimmedStart++;
            }
            if (trimmedEnd > trimmedStart)
            {
                if (sentences.Count > 0 && JoinsNext(text.AsSpan(sentences[^1].Item1, sentences[^1].Item2 - sentences[^1].Item1)))
                {
                    // ICU's list lacks some abbreviations ("U.S. Department"), and "3." of "3. Australia" is no
                    // sentence: glue the pieces back.
                    sentences[^1] = (sentences[^1].Item1, trimmedEnd);
                }
                else if (language == "en")
                {
                    sentences.Add((trimmedStart, trimmedEnd));
                }
                else
                {
                    AddListItems(text, trimmedStart, trimmedEnd, sentences);
                }
            }
        }
        return SentenceCap.Apply(text, sentences, SentenceCap.MaxLength(language));
    }

    /// <summary>
    /// Chinese text flattened from a list ("…全球第四 [10] - 中国通过…") writes its bullets as a spaced
    /// hyphen, which Chinese prose never uses inside a sentence: each item is a sentence of its own.
    /// A hyphen between digits (2020 - 2025) joins a range and stays. A citation mark followed by a
    /// space and Chinese ("…产能 [3][15] 中国稀土产业主导地位") ends its sentence too: what follows is a
    /// heading or the next sentence, flattened onto the same line.
    /// </summary>
    private static void AddListItems(string text, int start, int end, List<(int, int)> sentences)
    {
        var itemStart = start;
        for (var i = start + 1; i + 2 < end; i++)
        {
            if (text[i] == '-' && text[i - 1] == ' ' && text[i + 1] == ' ' && IsBulletAfter(text[i - 2]) && IsBulletBefore(text[i + 2]))
            {
                if (i - 1 > itemStart)
                {
                    sentences.Add((itemStart, i - 1));
                }
                itemStart = i + 2;
            }
            else if (text[i] == ' ' && IsHan(text[i + 1]) && EndsWithCitation(text, itemStart, i))
            {
                sentences.Add((itemStart, i));
                itemStart = i + 1;
            }
        }
        sentences.Add((itemStart, end));
    }

    /// <summary>
    /// Whether the sentence at <paramref name="start"/> is an item of a bulleted list: it opens with a
    /// bullet mark ("- ", "• "), or follows one or a citation mark in a flattened list ("… [3] - 2024年…").
    /// </summary>
    public static bool OpensListItem(string text, int start)
    {
        if (start + 1 < text.Length && text[start] is '-' or '•' or '*' or '·' or '▪' && text[start + 1] == ' ')
        {
            return true;
        }
        return start >= 2 && text[start - 1] == ' ' && text[start - 2] is '-' or ']';
    }

    /// <summary>Whether text[start..end) ends with a citation mark after some words: "…骤降 [3]", "…产能 [3][15]".</summary>
    private static bool EndsWithCitation(string text, int start, int end)
    {
        var i = end;
        var marks = 0;
        while (i - start >= 3 && text[i - 1] == ']')
        {
            var j = i - 2;
            while (j > start && char.IsAsciiDigit(text[j]))
            {
                j--;
            }
            if (j == i - 2 || text[j] != '[')
            {
                break;
            }
            i = j;
            marks++;
        }
        return marks > 0 && i > start;
    }

    // What ends an item before a bullet: Chinese, or a closing bracket (a citation [10]), or a percent sign.
    private static bool IsBulletAfter(char c) => IsHan(c) || c is ']' or ')' or '）' or '】' or '%' or '％';

    // What starts an item after a bullet: Chinese, or a year or figure (2024年…).
    private static bool IsBulletBefore(char c) => IsHan(c) || char.IsAsciiDigit(c);

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    // "ss=standard" turns on ICU's abbreviation list, so "Oct. 9" stays one sentence.
    private const string English = "en@ss=standard";
    private const string Chinese = "zh";

    /// <summary>ICU's sentence boundaries of the text, 0 and its length included; none for an empty text.</summary>
    private static void FindBoundaries(string text, string language, List<int> boundaries)
    {
        var english = language == "en";
        if ((english ? t_nativeEnglish ??= OpenNative(English) : t_nativeChinese ??= OpenNative(Chinese)) is { } native)
        {
            native.Boundaries(text, boundaries);
            return;
        }
        var breaker = english ? t_english ??= Create(English) : t_chinese ??= Create(Chinese);
        breaker.SetText(text);
        if (text.Length == 0)
        {
            return;
        }
        for (var at = breaker.MoveFirst(); at != BreakIterator.DONE; at = breaker.MoveNext())
        {
            boundaries.Add(at);
        }
    }

    // A breaker per thread and language, made once: making one costs more than splitting a document.
    [ThreadStatic]
    private static NativeBreakIterator? t_nativeEnglish;

    [ThreadStatic]
    private static NativeBreakIterator? t_nativeChinese;

    // icu.net's, where ICU's functions cannot be called directly.
    [ThreadStatic]
    private static BreakIterator? t_english;

    [ThreadStatic]
    private static BreakIterator? t_chinese;

    // Reused for every text the thread splits.
    [ThreadStatic]
    private static List<int>? t_boundaries;

    private static NativeBreakIterator? OpenNative(string locale) =>
        NativeBreakIterator.Open(BreakIterator.UBreakIteratorType.SENTENCE, locale);

    private static BreakIterator Create(string locale)
    {
        IcuRuntime.EnsureInitialized();
        return BreakIterator.CreateSentenceInstance(new Locale(locale));
    }

    /// <summary>A piece that is only a list item's number (3.), or ends with an abbreviation.</summary>
    private static bool JoinsNext(ReadOnlySpan<char> sentence) => IsItemNumber(sentence) || EndsWithAbbreviation(sentence);

    private static bool IsItemNumber(ReadOnlySpan<char> sentence) =>
        sentence.Length is >= 2 and <= 4 && sentence[^1] == '.' && !sentence[..^1].ContainsAnyExceptInRange('0', '9');

    /// <summary>Initials (U.S., U.K.) and the abbreviations news text uses before a capital letter.</summary>
    private static bool EndsWithAbbreviation(ReadOnlySpan<char> sentence)
    {
        var lastSpace = sentence.LastIndexOf(' ');
        var word = sentence[(lastSpace + 1)..];
        return Initials().IsMatch(word) || Abbreviations.Contains(word);
    }

    // Looked up by span: the last word of every piece needs no string of its own.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "No.", "Nos.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "vs.", "e.g.", "i.e.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\(?(?:[A-Z]\.){1,3}$")]
    private static partial System.Text.RegularExpressions.Regex Initials();
}
