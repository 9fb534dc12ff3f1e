using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Index;

/// <summary>
/// Passes every token on, and after the last token of a concept's name adds the concept's term
/// (<see cref="ConceptRules.Term"/>) at the same position, with the offsets of the whole name.
/// </summary>
/// <remarks>
/// Not Lucene's SynonymFilter: it captures the whole attribute state of every token it buffers,
/// and this field sees a token for every CJK character. Here each token costs one lookup of its
/// term, plus a copy of its characters into a window as long as the longest name.
/// </remarks>
public sealed class ConceptTokenFilter : TokenFilter
{
    public const string TokenType = "<CONCEPT>";

    private readonly ConceptRules _rules;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly RecentTerm[] _recent;
    private readonly List<(string Term, int Start, int End)> _pending = [];
    private long _seen;
    private int _nextPending;

    public ConceptTokenFilter(TokenStream input, ConceptRules rules)
        : base(input)
    {
        _rules = rules;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _recent = new RecentTerm[Math.Max(1, rules.MaxLength)];
        for (var i = 0; i < _recent.Length; i++)
        {
            _recent[i] = new RecentTerm();
        }
    }

    public override bool IncrementToken()
    {
        if (_nextPending < _pending.Count)
        {
            var (term, start, end) = _pending[_nextPending++];
            ClearAttributes();
            _term.SetEmpty().Append(term);
            _offset.SetOffset(start, end);
            _position.PositionIncrement = 0;
            _type.Type = TokenType;
            return true;
        }
        _pending.Clear();
        _nextPending = 0;
        if (!m_input.IncrementToken())
        {
            return false;
        }
        // A token stacked on the one before (a run's last character, in the bigram field's index)
        // is not a step of a name: names are read position by position.
        if (_position.PositionIncrement == 0)
        {
            return true;
        }
        var current = _term.Buffer.AsSpan(0, _term.Length);
        _recent[_seen % _recent.Length].Set(current, _offset.StartOffset, _position.PositionIncrement);
        _seen++;
        if (_rules.TryEndingWith(current, out var rules))
        {
            foreach (var rule in rules)
            {
                if (EndsHere(rule) is { } start && !IsPending(rule.Term))
                {
                    _pending.Add((rule.Term, start, _offset.EndOffset));
                }
            }
        }
        return true;
    }

    // A loop, not _pending.Exists(…): the lambda would capture the rule, a closure for every rule looked at.
    private bool IsPending(string term)
    {
        foreach (var (pending, _, _) in _pending)
        {
            if (pending == term)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the name of <paramref name="rule"/> starts if the tokens up to this one spell it; null if they do not.</summary>
    private int? EndsHere(ConceptRule rule)
    {
        var length = rule.Terms.Length;
        if (length > _seen)
        {
            return null;
        }
        // The last term matched already; compare the ones before it, newest first, and the steps
        // between them: "price of the floor" is not "price floor", as a phrase would not be.
        for (var back = 1; back < length; back++)
        {
            var recent = _recent[(_seen - 1 - back) % _recent.Length];
            var after = _recent[(_seen - back) % _recent.Length];
            if (!recent.Is(rule.Terms[length - 1 - back]) || after.Increment != rule.Increments[length - back])
            {
                return null;
            }
        }
        return _recent[(_seen - length) % _recent.Length].Start;
    }

    public override void Reset()
    {
        base.Reset();
        _seen = 0;
        _pending.Clear();
        _nextPending = 0;
    }

    /// <summary>A term of the window: its characters, copied, since the attribute is reused by the next token.</summary>
    private sealed class RecentTerm
    {
        private char[] _chars = new char[16];
        private int _length;

        public int Start { get; private set; }

        /// <summary>Positions from the token before: 1 next to it, more where stop words were left out.</summary>
        public int Increment { get; private set; }

        public void Set(ReadOnlySpan<char> term, int start, int increment)
        {
            if (term.Length > _chars.Length)
            {
                _chars = new char[term.Length * 2];
            }
            term.CopyTo(_chars);
            _length = term.Length;
            Start = start;
            Increment = increment;
        }

        public bool Is(string term) => _chars.AsSpan(0, _length).SequenceEqual(term);
    }
}
