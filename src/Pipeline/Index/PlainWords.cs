using System.Buffers;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis.Standard;

namespace Pipeline.Index;

/// <summary>
/// Counts the words StandardTokenizer (Lucene 4.8, the word rules of UAX #29 on Unicode 6.3)
/// makes of plain text, without its scanner: ASCII, and the full-width and CJK punctuation of
/// Chinese text. The bigram field keeps none of these words; each only takes a position.
/// </summary>
/// <remarks>
/// The rules it follows, all that apply to these characters: letters and digits join
/// (<c>abc123</c>); underscores and the other connectors join whatever letters or digits are on
/// either side, and a word takes those that lead and trail it (<c>_a_b_</c>); a colon, a period,
/// an apostrophe (and their full-width and curly forms) join two letters (<c>U.S.A</c>,
/// <c>don't</c>, <c>x:y</c>); a comma, a semicolon, a period or an apostrophe join two digits
/// (<c>1,000</c>, <c>3.5</c>, <c>1;2</c>); a mark joins nothing after a connector, and a trailing
/// mark is not part of the word. Everything else here (spaces, line breaks, the rest of the
/// punctuation, the double quote, which joins only Hebrew letters) is between words.
/// Anything else (a letter or digit outside ASCII, kana, Hangul, a combining mark or a format
/// character, which attach to the character before them) goes to the scanner, from the start of
/// the word it could belong to until, at least 64 characters on, an ASCII letter or digit
/// follows an ASCII space or punctuation: no word crosses such a character, so the scanner
/// stops there as it would have in the whole text. So does a word longer than
/// StandardTokenizer's limit, which it skips and counts apart.
/// </remarks>
internal static class PlainWords
{
    /// <summary>
    /// How far counting went: <paramref name="Words"/> words before <paramref name="ScanFrom"/>;
    /// the scanner reads on to <paramref name="ScanTo"/>, where counting can go on (both are the
    /// text's length when all of it was plain).
    /// </summary>
    public readonly record struct Count(int Words, int ScanFrom, int ScanTo);

    private enum Kind : byte
    {
        Between,
        Letter,
        Digit,
        Connector,
        MidLetter,
        MidNum,
        MidNumLet,
        Unknown,
    }

    private const int ScannedAtLeast = 64;

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly Kind[] AsciiKinds = CreateAsciiKinds();

    public static Count CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var at = 0;
        while (at < text.Length)
        {
            var kind = KindOf(text[at]);
            if (kind == Kind.Unknown)
            {
                return new Count(words, at, ResumeAfter(text, at));
            }
            if (kind is not (Kind.Letter or Kind.Digit or Kind.Connector))
            {
                at++;
                continue;
            }
            var end = EndOfWord(text, at, out var isWord);
            if (end < 0 || end - at > StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH)
            {
                return new Count(words, at, ResumeAfter(text, end < 0 ? ~end : end));
            }
            if (isWord)
            {
                words++;
            }
            at = end;
        }
        return new Count(words, text.Length, text.Length);
    }

    /// <summary>
    /// Where the word starting at <paramref name="start"/> ends; <paramref name="isWord"/> is false
    /// for connectors with no letter or digit, which make no word. The complement of the position
    /// of a character it does not know, if one could be part of the word.
    /// </summary>
    private static int EndOfWord(ReadOnlySpan<char> text, int start, out bool isWord)
    {
        isWord = false;
        var last = Kind.Connector;
        var at = start;
        while (at < text.Length)
        {
            var kind = KindOf(text[at]);
            if (kind is Kind.Letter or Kind.Digit)
            {
                isWord = true;
                last = kind;
                at++;
                continue;
            }
            if (kind == Kind.Connector)
            {
                last = kind;
                at++;
                continue;
            }
            if (kind == Kind.Unknown)
            {
                return ~at;
            }
            if (!Joins(kind, last) || at + 1 == text.Length)
            {
                return at;
            }
            var next = KindOf(text[at + 1]);
            if (next == Kind.Unknown)
            {
                return ~(at + 1);
            }
            if (next != last)
            {
                return at;
            }
            at += 2;
        }
        return at;
    }

    /// <summary>Whether a mark joins two letters, or two digits, when <paramref name="before"/> is one of them.</summary>
    private static bool Joins(Kind mark, Kind before) => (mark, before) switch
    {
        (Kind.MidLetter, Kind.Letter) => true,
        (Kind.MidNum, Kind.Digit) => true,
        (Kind.MidNumLet, Kind.Letter or Kind.Digit) => true,
        _ => false,
    };

    /// <summary>
    /// Where counting can take over again after <paramref name="from"/>: at an ASCII letter or
    /// digit just after an ASCII space or punctuation that no word can cross, and not before
    /// <see cref="ScannedAtLeast"/> characters, so that text in other scripts, where handing over
    /// to the scanner and back would cost more than it saves, goes to the scanner in long pieces.
    /// </summary>
    private static int ResumeAfter(ReadOnlySpan<char> text, int from)
    {
        for (var at = from + ScannedAtLeast; at < text.Length; at++)
        {
            var found = text[at..].IndexOfAny(AsciiLettersAndDigits);
            if (found < 0)
            {
                break;
            }
            at += found;
            if (IsSeparator(text[at - 1]))
            {
                return at;
            }
        }
        return text.Length;
    }

    private static bool IsSeparator(char c) => c < '\u0080' && AsciiKinds[c] == Kind.Between && c != '"';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Kind KindOf(char c) => c < '\u0080' ? AsciiKinds[c] : WideKindOf(c);

    private static Kind WideKindOf(char c) => c switch
    {
        // Letters of other scripts fall out at once.
        < '\u2010' or > '\u205E' and < '\u3000' or > '\u301F' and < '\uFF01' or > '\uFF64' => Kind.Unknown,
        '\u2018' or '\u2019' or '\u2024' or '\uFF07' or '\uFF0E' => Kind.MidNumLet,
        '\u2027' or '\uFF1A' => Kind.MidLetter,
        '\u2044' or '\uFF0C' or '\uFF1B' => Kind.MidNum,
        '\u203F' or '\u2040' or '\u2054' or '\uFF3F' => Kind.Connector,
        >= '\u3000' and <= '\u3004'
            or >= '\u3008' and <= '\u3011'
            or >= '\u3014' and <= '\u301F'
            or >= '\uFF01' and <= '\uFF0F'
            or >= '\uFF1A' and <= '\uFF20'
            or >= '\uFF3B' and <= '\uFF40'
            or >= '\uFF5B' and <= '\uFF64'
            or >= '\u2010' and <= '\u2027'
            or >= '\u2030' and <= '\u205E' => Kind.Between,
        _ => Kind.Unknown,
    };

    private static Kind[] CreateAsciiKinds()
    {
        var kinds = new Kind[128];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = c switch
            {
                >= 'a' and <= 'z' or >= 'A' and <= 'Z' => Kind.Letter,
                >= '0' and <= '9' => Kind.Digit,
                '_' => Kind.Connector,
                ':' => Kind.MidLetter,
                ',' or ';' => Kind.MidNum,
                '.' or '\'' => Kind.MidNumLet,
                _ => Kind.Between,
            };
        }
        return kinds;
    }
}
