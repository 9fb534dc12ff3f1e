using Icu;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>
/// Splits text into words after normalizing it, so that Traditional and Simplified spellings of
/// a sentence give the same words: with ICU's dictionary-based word breaker (the approach of
/// Lucene's ICUTokenizer), with SmartCn's HMM segmenter, which reads the text folded to
/// Simplified as it was trained, or with each Han character a word and ICU's rules for the rest.
/// Whichever way, the lexicon's protected terms are glued back whole.
/// Terms are normalized; offsets point into the original text.
/// </summary>
/// <remarks>
/// Without <c>loneHan</c> (the body field's index, with <c>characters</c>), a Han character that is
/// a word alone is left out, its position kept: the bigram field holds every such character, as
/// the first half of a gram or alone at the end of a run (<see cref="BigramTokenizer"/>), and a
/// query for one character looks for it there. Names of the lexicon, glued whole, stay.
/// </remarks>
public sealed class WordTokenizer : Tokenizer
{
    // ICU's word breaker called directly, one per thread, reused for every text: icu.net's SetText
    // allocates for every boundary, and a breaker of the tokenizer's own would be opened for every
    // field of every document. Null without native ICU; then icu.net's is used.
    [ThreadStatic]
    private static NativeBreakIterator? t_wordBreaker;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly TextNormalizer _normalizer;
    private readonly ProtectedTerms _protectedTerms;
    private readonly ChineseSegmenter _segmenter;
    private readonly bool _loneHan;
    private List<(int Start, int End)> _words = [];
    private List<(int Start, int End)> _glued = [];
    private readonly List<int> _boundaries = [];
    private BreakIterator? _breaker;
    private NormalizedText _text = new(string.Empty, OffsetMap.Identity(0));
    private char[] _chars = [];
    private int _originalLength;
    private int _next;

    // Lone Han characters left out after the last token: End() reports them, as a filter that drops words does.
    private int _trailingLeftOut;

    public const string IdeographicType = "<IDEO>";
    public const string AlphanumericType = "<ALPHANUM>";

    public WordTokenizer(TextReader input, TextNormalizer normalizer, ProtectedTerms protectedTerms, ChineseSegmenter segmenter = ChineseSegmenter.Characters, bool loneHan = true)
        : base(input)
    {
        _segmenter = segmenter;
        _loneHan = loneHan;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _normalizer = normalizer;
        _protectedTerms = protectedTerms;
    }

    public override void Reset()
    {
        base.Reset();
        var original = m_input.ReadToEnd();
        _originalLength = original.Length;
        _text = _normalizer.Normalize(original);
        _chars = _text.Text.ToCharArray();
        _words.Clear();
        _next = 0;
        _trailingLeftOut = 0;
        if (_text.Text.Length > 0)
        {
            FindWords(_text.Text);
        }
    }

    public override bool IncrementToken()
    {
        var leftOut = 0;
        while (!_loneHan && _next < _words.Count && IsLoneHan(_words[_next]))
        {
            _next++;
            leftOut++;
        }
        if (_next >= _words.Count)
        {
            _trailingLeftOut = leftOut;
            return false;
        }
        ClearAttributes();
        var (start, end) = _words[_next++];
        _positionIncrement.PositionIncrement = 1 + leftOut;
        _term.CopyBuffer(_chars, start, end - start);
        var (originalStart, originalEnd) = _text.Map.ToOriginal(start, end);
        _offset.SetOffset(CorrectOffset(originalStart), CorrectOffset(originalEnd));
        _type.Type = IsHan(_text.Text[start]) ? IdeographicType : AlphanumericType;
        // Porter's stemmer changes only Latin endings: a word without a Latin letter (a Chinese
        // word, a number) is left as it is, without the stemmer's pass over it.
        _keyword.IsKeyword = _text.Text.AsSpan(start, end - start).IndexOfAnyInRange('a', 'z') < 0;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_originalLength);
        _offset.SetOffset(final, final);
        _positionIncrement.PositionIncrement = _trailingLeftOut;
    }

    private bool IsLoneHan((int Start, int End) word) => word.End - word.Start == 1 && IsHan(_text.Text[word.Start]);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _breaker?.Dispose();
            _breaker = null;
        }
        base.Dispose(disposing);
    }

    private void FindWords(string text)
    {
        switch (_segmenter)
        {
            case ChineseSegmenter.SmartCn:
                FindWordsWithSmartCn(text);
                break;
            case ChineseSegmenter.Characters:
                FindWordsByCharacter(text);
                break;
            default:
                FindWordsWithIcu(text, 0, text.Length);
                break;
        }
        if (!_protectedTerms.IsEmpty)
        {
            GlueProtectedTerms(text);
        }
    }

    /// <summary>
    /// Each Han character a word; ICU's words between them. ICU's word rules break on both sides of a
    /// Han character (no rule joins it to a letter, digit or mark of another script), so a stretch
    /// without Han gives the words it gives within the whole text, and its dictionary, the costly
    /// part, is never asked.
    /// </summary>
    private void FindWordsByCharacter(string text)
    {
        var stretch = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsHan(text[i]))
            {
                FindWordsBetweenHan(text, stretch, i);
                _words.Add((i, i + 1));
                stretch = i + 1;
            }
        }
        FindWordsBetweenHan(text, stretch, text.Length);
    }

    private void FindWordsBetweenHan(string text, int start, int end)
    {
        // Most stretches inside Chinese text are a comma or a quote mark: no word, no call to ICU.
        if (start < end && HasLetterOrDigit(text.AsSpan(start, end - start)))
        {
            FindWordsWithIcu(text, start, end);
        }
    }

    private void FindWordsWithSmartCn(string text)
    {
        using var smart = new HMMChineseTokenizer(new StringReader(text));
        var offset = smart.GetAttribute<IOffsetAttribute>();
        smart.Reset();
        while (smart.IncrementToken())
        {
            // SmartCn gives punctuation tokens too; a word has a letter or a digit.
            if (HasLetterOrDigit(text.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset)))
            {
                _words.Add((offset.StartOffset, offset.EndOffset));
            }
        }
        smart.End();
    }

    /// <summary>ICU's words of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>].</summary>
    private void FindWordsWithIcu(string text, int start, int end)
    {
        _boundaries.Clear();
        if ((t_wordBreaker ??= NativeBreakIterator.Open(BreakIterator.UBreakIteratorType.WORD, "zh")) is { } native)
        {
            native.Boundaries(text.AsSpan(start, end - start), start, _boundaries);
        }
        else
        {
            BoundariesWithIcuNet(text, start, end);
        }
        for (var i = 1; i < _boundaries.Count; i++)
        {
            var (wordStart, wordEnd) = (_boundaries[i - 1], _boundaries[i]);
            // Spaces and punctuation are segments too; a word has a letter or a digit.
            if (HasLetterOrDigit(text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                _words.Add((wordStart, wordEnd));
            }
        }
    }

    private void BoundariesWithIcuNet(string text, int start, int end)
    {
        IcuRuntime.EnsureInitialized();
        _breaker ??= BreakIterator.CreateWordInstance(new Locale("zh"));
        _breaker.SetText(start == 0 && end == text.Length ? text : text[start..end]);
        for (var at = _breaker.MoveFirst(); at != BreakIterator.DONE; at = _breaker.MoveNext())
        {
            _boundaries.Add(start + at);
        }
    }

    /// <summary>Merges runs of adjacent words that together spell a protected term, longest first.</summary>
    private void GlueProtectedTerms(string text)
    {
        var glued = _glued;
        glued.Clear();
        for (var i = 0; i < _words.Count; i++)
        {
            var start = _words[i].Start;
            var end = _words[i].End;
            // Most words (every Chinese character, with `characters`) start no term: words glued are
            // side by side, so a term that starts here starts with the text's next two characters.
            if (!_protectedTerms.MayStart(text.AsSpan(start)))
            {
                glued.Add((start, end));
                continue;
            }
            var last = i;
            // Words that begin no term cannot be the start of one, however many follow.
            for (var j = i + 1; j < _words.Count && _words[j].Start == _words[j - 1].End && _protectedTerms.Begins(text.AsSpan(start, _words[j - 1].End - start)); j++)
            {
                var length = _words[j].End - start;
                if (_protectedTerms.Contains(text.AsSpan(start, length)))
                {
                    end = _words[j].End;
                    last = j;
                }
            }
            glued.Add((start, end));
            i = last;
        }
        (_words, _glued) = (glued, _words);
    }

    /// <summary>Whether a segment is a word: spaces and punctuation are segments too.</summary>
    internal static bool HasLetterOrDigit(ReadOnlySpan<char> segment)
    {
        foreach (var c in segment)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
