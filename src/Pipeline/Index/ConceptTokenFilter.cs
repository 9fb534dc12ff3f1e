using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Index;

/// <summary>
/// Passes every token on, and after the last token of a concept's name adds the concept's term
/// (<see cref="ConceptRules.Term"/>) at the same position, with the offsets of the whole name.
/// English words are compared by their inflections (<see cref="ConceptWordForms"/>), so the filter
/// reads words before they are stemmed; the concept's term is a keyword no later filter changes.
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
    private readonly IKeywordAttribute _keyword;
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
        _keyword = AddAttribute<IKeywordAttribute>();
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
            _keyword.IsKeyword = true;
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
        var current = _recent[_seen % _recent.Length];
        current.Set(_term.Buffer.AsSpan(0, _term.Length), _offset.StartOffset, _position.PositionIncrement);
        _seen++;
        AddEndingWith(current.Noun);
        AddEndingWith(current.Verb);
        return true;
    }

    private void AddEndingWith(ReadOnlySpan<char> key)
    {
        if (_rules.TryEndingWith(key, out var rules))
        {
            foreach (var rule in rules)
            {
                if (EndsHere(rule) is { } start && !IsPending(rule.Term))
                {
                    _pending.Add((rule.Term, start, _offset.EndOffset));
                }
            }
        }
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

    /// <summary>A term of the window: its keys, copied, since the attribute is reused by the next token.</summary>
    private sealed class RecentTerm
    {
        private char[] _noun = new char[16];
        private char[] _verb = new char[16];
        private int _nounLength;
        private int _verbLength;

        public int Start { get; private set; }

        /// <summary>Positions from the token before: 1 next to it, more where stop words were left out.</summary>
        public int Increment { get; private set; }

        public ReadOnlySpan<char> Noun => _noun.AsSpan(0, _nounLength);

        public ReadOnlySpan<char> Verb => _verb.AsSpan(0, _verbLength);

        public void Set(ReadOnlySpan<char> term, int start, int increment)
        {
            // A key is at most the term and two characters (the verb's mark and a y).
            if (term.Length + 2 > _noun.Length)
            {
                _noun = new char[term.Length * 2 + 2];
                _verb = new char[term.Length * 2 + 2];
            }
            _nounLength = ConceptWordForms.Noun(term, _noun);
            _verbLength = ConceptWordForms.Verb(term, _verb);
            Start = start;
            Increment = increment;
        }

        /// <summary>Whether the word is a name's word: by its verb key if the name's word is a verb's, else by its noun key.</summary>
        public bool Is(string key) => (key.StartsWith(ConceptWordForms.VerbMark) ? Verb : Noun).SequenceEqual(key);
    }
}
