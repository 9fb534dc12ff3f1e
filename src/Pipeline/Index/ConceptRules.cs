using System.Buffers;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Index;

/// <summary>
/// Every name of every concept as one field's analyzer reads it: a run of terms that, wherever
/// the field's tokens hold it, names the concept. The index adds one term for the concept there
/// (<see cref="ConceptTokenFilter"/>), so a query for a concept looks up one term instead of an
/// OR of all its names, phrases of bigrams included.
/// </summary>
public sealed class ConceptRules
{
    /// <summary>Rules keyed by their last term: a token that ends no name costs one lookup.</summary>
    private readonly FrozenDictionary<string, ConceptRule[]> _byLastTerm;
    private readonly FrozenDictionary<string, ConceptRule[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Per concept's term, what highlighting looks for in a text to find its English names (EnglishTextKeysOf).
    private readonly FrozenDictionary<string, string[]> _englishTextKeys;

    // The last characters of those terms: nearly every token ends otherwise, and is passed on
    // after a look at one character instead of a lookup of its term.
    private readonly SearchValues<char> _lastCharacters;

    private ConceptRules(IEnumerable<ConceptRule> rules)
    {
        var distinct = rules.DistinctBy(r => (string.Join('\n', r.Terms), string.Join(',', r.Increments), r.Term)).ToList();
        _byLastTerm = distinct.GroupBy(r => r.Terms[^1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _lookup = _byLastTerm.GetAlternateLookup<ReadOnlySpan<char>>();
        _lastCharacters = SearchValues.Create([.. _byLastTerm.Keys.Where(t => t.Length > 0).Select(t => t[^1]).Distinct()]);
        _englishTextKeys = distinct.GroupBy(r => r.Term, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => EnglishTextKeys(g), StringComparer.Ordinal);
        MaxLength = distinct.Count == 0 ? 0 : distinct.Max(r => r.Terms.Length);
        Lines = [.. distinct.Select(r => $"{string.Join(' ', r.Terms)}\t{string.Join(',', r.Increments)}\t{r.Term}").Order(StringComparer.Ordinal)];
    }

    public static ConceptRules None { get; } = new([]);

    /// <summary>The most terms a name takes.</summary>
    public int MaxLength { get; }

    public bool IsEmpty => MaxLength == 0;

    /// <summary>The rules as text, one per line, sorted: what <see cref="Fingerprint"/> hashes.</summary>
    internal IReadOnlyList<string> Lines { get; }

    /// <summary>Starts every concept's term: '#' never starts a word or a bigram, so no text makes it.</summary>
    public const char TermMark = '#';

    /// <summary>The term that marks <paramref name="conceptId"/> in a field.</summary>
    public static string Term(string conceptId) => TermMark + conceptId.ToLowerInvariant();

    /// <summary>
    /// What the normalized text holds wherever an English name of the concept marked by
    /// <paramref name="term"/> stands, for finding the stretches of a text to read for it: each
    /// word's key, without the verb's mark or a y that stands for ies or ied (rely: relies).
    /// </summary>
    public IReadOnlyList<string> EnglishTextKeysOf(string term) => _englishTextKeys.GetValueOrDefault(term, []);

    private static string[] EnglishTextKeys(IEnumerable<ConceptRule> rules) =>
        [.. rules.SelectMany(r => r.Terms)
            .Where(key => !BigramAnalyzer.MakesGrams(key))
            .Select(key => key.TrimStart(ConceptWordForms.VerbMark))
            .Select(key => key.Length > 1 && key[^1] == 'y' ? key[..^1] : key)
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The concepts' names analyzed as <paramref name="analyzer"/> reads <paramref name="field"/>, each
    /// term as its key (<see cref="ConceptWordForms.KeyOfNameWord"/>); a name it makes no terms of
    /// (English in the bigram field's eyes) is left out. A word field's names are read unstemmed.
    /// </summary>
    public static ConceptRules Of(IEnumerable<IndexedConcept> concepts, Analyzer analyzer, string field) =>
        new(concepts.SelectMany(c => c.Aliases.Select(a => (Tokens: TokensOf(analyzer, field, a), Term: Term(c.Id))))
            .Where(r => r.Tokens.Count > 0)
            .Select(r => new ConceptRule([.. r.Tokens.Select(t => ConceptWordForms.KeyOfNameWord(t.Term))], [.. r.Tokens.Select((t, i) => i == 0 ? 1 : t.Increment)], r.Term)));

    /// <summary>A short hash of every field's rules: an index marked with other rules would not find what today's queries ask.</summary>
    public static string Fingerprint(params ConceptRules[] fields)
    {
        var text = string.Join("\n--\n", fields.Select(f => string.Join('\n', f.Lines)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>The rules whose name ends with the word whose key is <paramref name="lastTerm"/>.</summary>
    public bool TryEndingWith(ReadOnlySpan<char> lastTerm, out ConceptRule[] rules)
    {
        if (lastTerm.IsEmpty || !_lastCharacters.Contains(lastTerm[^1]))
        {
            rules = [];
            return false;
        }
        return _lookup.TryGetValue(lastTerm, out rules!);
    }

    private static List<(string Term, int Increment)> TokensOf(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement));
        }
        stream.End();
        return tokens;
    }
}

/// <summary>
/// One name of a concept in one field: its terms' keys in order (<see cref="ConceptWordForms"/>),
/// how far each stands from the one before (a stop word between them leaves a gap, as in a
/// phrase), and the term that marks the concept.
/// </summary>
public sealed record ConceptRule(string[] Terms, int[] Increments, string Term);
