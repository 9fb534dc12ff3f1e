using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>
/// The bigram field's tokens straight from the text: overlapping pairs of adjacent CJK
/// characters (&lt;DOUBLE&gt;), a CJK character with no neighbour alone (&lt;SINGLE&gt;), terms
/// normalized, offsets into the original text. It gives exactly what StandardTokenizer,
/// script folding, CJKBigramFilter and a type filter keeping the grams gave, positions included.
/// </summary>
/// <remarks>
/// That chain made a token of every Han character and captured and restored the whole attribute
/// state for each, which cost more than anything else in the field. Here a Han character of the
/// main blocks that nothing can attach to is a gram's half at once. Between such characters,
/// Latin words, numbers, spaces and punctuation are counted without a scanner
/// (<see cref="PlainWords"/>, which knows how UAX #29 joins them: <c>abc123</c>, <c>a_b</c>,
/// <c>U.S.A</c>, <c>don't</c>, <c>x:y</c>, <c>1,000</c>, <c>3.5</c>); only what it cannot be
/// sure of (kana, Hangul, letters outside ASCII, combining marks, format characters, words over
/// the length limit) goes to StandardTokenizer's own scanner, up to the next ASCII space or
/// punctuation no word crosses. Latin words still count one position each, as the chain's
/// dropped tokens did.
/// <para>
/// With <c>runEndsAlone</c> (the index, with <c>characters</c>), the last character of a longer run
/// is also a &lt;SINGLE&gt; of its own, at the position of the run's last pair. Then every CJK
/// character of the text starts a gram, and a query for one character finds it by the grams that
/// start with it: the word field's index leaves such characters out (<see cref="WordTokenizer"/>).
/// </para>
/// </remarks>
public sealed class BigramTokenizer : Tokenizer
{
    public const string DoubleType = "<DOUBLE>";
    public const string SingleType = "<SINGLE>";

    private const int InitialBufferSize = 4096;
    private const int MaxKeptBufferSize = 1 << 20;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly TextNormalizer _normalizer;
    private readonly StandardTokenizerImpl _scanner;
    private readonly CharSegmentReader _stretch = new();
    private readonly Queue<Gram> _grams = new();
    private readonly bool _runEndsAlone;
    private char[] _text = new char[InitialBufferSize];
    private char[] _folded = new char[InitialBufferSize];
    private int _length;
    private int _next;
    private int _stretchStart;
    private int _stretchEnd;
    private bool _scanning;
    private bool _finished;

    // The run of adjacent CJK code points: its length, and where its last code point lies.
    private int _runLength;
    private int _lastStart;
    private int _lastEnd;

    // Positions of the tokens dropped since the last gram (Latin words, numbers): each took one.
    private int _skippedPositions;

    // Over-long tokens (more than 255 chars) since the last token StandardTokenizer would have
    // returned: it skipped them but added them to that token's position increment, which the type
    // filter passed on when it dropped the token and which CJKBigramFilter lost when it made grams.
    private int _overLongTokens;

    public BigramTokenizer(TextReader input, TextNormalizer normalizer, bool runEndsAlone = false)
        : base(input)
    {
        _runEndsAlone = runEndsAlone;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _normalizer = normalizer;
        _scanner = new StandardTokenizerImpl(_stretch);
    }

    public override void Reset()
    {
        base.Reset();
        ReadAll();
        Fold();
        _next = 0;
        _stretchEnd = 0;
        _scanning = false;
        _finished = false;
        _runLength = 0;
        _lastEnd = -1;
        _skippedPositions = 0;
        _overLongTokens = 0;
        _grams.Clear();
    }

    public override bool IncrementToken()
    {
        while (_grams.Count == 0)
        {
            if (!Advance())
            {
                return false;
            }
        }
        ClearAttributes();
        var gram = _grams.Dequeue();
        _term.CopyBuffer(_folded, gram.Start, gram.End - gram.Start);
        _offset.SetOffset(CorrectOffset(gram.Start), CorrectOffset(gram.End));
        _positionIncrement.PositionIncrement = gram.PositionIncrement;
        _type.Type = gram.IsPair ? DoubleType : SingleType;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
        _positionIncrement.PositionIncrement = _skippedPositions + _overLongTokens;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _text.Length > MaxKeptBufferSize)
        {
            // The tokenizer lives on with its analyzer; one huge text should not pin its buffer.
            _text = new char[InitialBufferSize];
            _folded = new char[InitialBufferSize];
        }
        base.Dispose(disposing);
    }

    private void ReadAll()
    {
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }
        }
    }

    /// <summary>
    /// Normalizes the whole text once, one character for one, so offsets stay those of the
    /// original: each character is looked up once rather than once for each gram it is part of.
    /// </summary>
    private void Fold()
    {
        if (_folded.Length < _text.Length)
        {
            _folded = new char[_text.Length];
        }
        _text.AsSpan(0, _length).CopyTo(_folded);
        _normalizer.FoldInPlace(_folded.AsSpan(0, _length));
    }

    /// <summary>Reads on until a gram is queued or the text ends; false once nothing is left.</summary>
    private bool Advance()
    {
        if (_scanning)
        {
            ScanNextToken();
            return true;
        }
        if (_next >= _length)
        {
            if (_finished)
            {
                return false;
            }
            EndRun();
            _finished = true;
            return true;
        }
        if (_next >= _stretchEnd)
        {
            if (IsStandaloneHan(_next))
            {
                AddCodePoint(_next, _next + 1);
                _next++;
                return true;
            }
            _stretchEnd = _next + 1;
            while (_stretchEnd < _length && !IsStandaloneHan(_stretchEnd))
            {
                _stretchEnd++;
            }
        }
        // Plain words are counted here; the scanner reads only what counting cannot be sure of,
        // and counting goes on where it stops.
        var count = PlainWords.CountWords(_text.AsSpan(_next, _stretchEnd - _next));
        SkipWords(count.Words);
        if (count.ScanFrom < count.ScanTo)
        {
            _stretch.Reset(_text, _next + count.ScanFrom, count.ScanTo - count.ScanFrom);
            _scanner.YyReset(_stretch);
            _stretchStart = _next + count.ScanFrom;
            _scanning = true;
        }
        _next += count.ScanTo;
        return true;
    }

    private void ScanNextToken()
    {
        var type = _scanner.GetNextToken();
        if (type == StandardTokenizerInterface.YYEOF)
        {
            _scanning = false;
            return;
        }
        var start = _stretchStart + _scanner.YyChar;
        var length = _scanner.YyLength;
        if (length > StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH)
        {
            _overLongTokens++;
            return;
        }
        if (!IsCjkType(type))
        {
            SkipWords(1);
            return;
        }
        for (var at = start; at < start + length;)
        {
            var size = at + 1 < start + length && char.IsSurrogatePair(_text[at], _text[at + 1]) ? 2 : 1;
            AddCodePoint(at, at + size);
            at += size;
        }
    }

    /// <summary>Words the field drops: they end a run of CJK characters and take a position each.</summary>
    private void SkipWords(int words)
    {
        if (words == 0)
        {
            return;
        }
        EndRun();
        _skippedPositions += words + _overLongTokens;
        _overLongTokens = 0;
    }

    private void AddCodePoint(int start, int end)
    {
        _overLongTokens = 0;
        if (start != _lastEnd)
        {
            EndRun();
        }
        if (_runLength > 0)
        {
            Queue(_lastStart, end, isPair: true);
        }
        _runLength++;
        _lastStart = start;
        _lastEnd = end;
    }

    /// <summary>A run broken off after one code point is that code point alone; a longer one ends with its last alone too, when asked.</summary>
    private void EndRun()
    {
        if (_runLength == 1)
        {
            Queue(_lastStart, _lastEnd, isPair: false);
        }
        else if (_runLength > 1 && _runEndsAlone)
        {
            _grams.Enqueue(new Gram(_lastStart, _lastEnd, IsPair: false, PositionIncrement: 0));
        }
        _runLength = 0;
    }

    private void Queue(int start, int end, bool isPair)
    {
        _grams.Enqueue(new Gram(start, end, isPair, 1 + _skippedPositions));
        _skippedPositions = 0;
    }

    private static bool IsCjkType(int type) =>
        type is StandardTokenizer.IDEOGRAPHIC or StandardTokenizer.HIRAGANA or StandardTokenizer.KATAKANA or StandardTokenizer.HANGUL;

    /// <summary>
    /// A Han character StandardTokenizer makes a token of on its own: one of the blocks its
    /// Unicode 6.3 tables know in full, followed by nothing that could attach to it (a combining
    /// mark, a variation selector, a format character).
    /// </summary>
    private bool IsStandaloneHan(int at) =>
        _text[at] is >= '\u4E00' and <= '\u9FCC' or >= '\u3400' and <= '\u4DB5'
        && (at + 1 == _length || CannotAttach(_text[at + 1]));

    private static bool CannotAttach(char c) =>
        c < '\u0300' ? c != '\u00AD'
        : c is >= '\u4E00' and <= '\u9FCC'
            or >= '\u3400' and <= '\u4DB5'
            or >= '\u3000' and <= '\u3029'
            or >= '\u3030' and <= '\u3098'
            or >= '\u309B' and <= '\u30FF'
            or >= '\uFF01' and <= '\uFF9D'
            or >= '\u2010' and <= '\u2027'
            or >= '\u2030' and <= '\u205E'
            or >= '\uD840' and <= '\uD87F';

    private readonly record struct Gram(int Start, int End, bool IsPair, int PositionIncrement);
}
