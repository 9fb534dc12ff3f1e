using System.Buffers;
using System.Collections.Frozen;

namespace Pipeline.Index;

/// <summary>
/// Words the segmenter must keep whole. ICU's dictionary splits some names
/// (特朗普 becomes 特/朗/普); lexicon terms listed here are glued back together.
/// </summary>
public sealed class ProtectedTerms
{
    // The first two characters of the terms, as one number: a text that starts otherwise begins none
    // (every term has two or more). Their first characters alone are asked first: a bitmap, quicker
    // to ask than the set, and enough to pass on most characters.
    private readonly SearchValues<char> _firstCharacters;
    private readonly FrozenSet<int> _firstPairs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _termLookup;

    // Every beginning of a term, whole terms included: gluing words stops as soon as those so far begin none.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _beginningLookup;

    // Characters a term holds side by side where one is Han and the other is not (the P and 材 of
    // MP材料): highlighting never cuts a text between them (WordStretches).
    private readonly FrozenSet<(char, char)> _mixedPairs;

    // The terms each Han character stands in, for searches of one character.
    private readonly FrozenDictionary<char, string[]> _holding;

    public ProtectedTerms(IEnumerable<string> normalizedTerms)
    {
        var terms = normalizedTerms.Where(t => t.Length > 1).ToFrozenSet(StringComparer.Ordinal);
        MaxLength = terms.Count == 0 ? 0 : terms.Max(t => t.Length);
        _firstCharacters = SearchValues.Create([.. terms.Select(t => t[0]).Distinct()]);
        _firstPairs = terms.Select(t => Pair(t[0], t[1])).ToFrozenSet();
        _termLookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _beginningLookup = terms.SelectMany(t => Enumerable.Range(1, t.Length).Select(length => t[..length]))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _mixedPairs = terms
            .SelectMany(t => t.Zip(t.Skip(1)))
            .Where(pair => WordTokenizer.IsHan(pair.First) != WordTokenizer.IsHan(pair.Second))
            .ToFrozenSet();
        _holding = terms
            .SelectMany(t => t.Where(WordTokenizer.IsHan).Distinct().Select(c => (Character: c, Term: t)))
            .GroupBy(p => p.Character, p => p.Term)
            .ToFrozenDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    public static ProtectedTerms None { get; } = new([]);

    public int MaxLength { get; }

    public bool IsEmpty => MaxLength == 0;

    /// <summary>Whether some term holds <paramref name="before"/> right before <paramref name="after"/>, one Han and the other not.</summary>
    public bool HoldsSideBySide(char before, char after) => _mixedPairs.Contains((before, after));

    /// <summary>
    /// Whether a term may start where <paramref name="rest"/> starts: whether some term begins with its
    /// first two characters. With <c>characters</c>, every Chinese character is a word, and many are the
    /// first of some name (中, 北, 稀); the one after them rules out nearly all.
    /// </summary>
    public bool MayStart(ReadOnlySpan<char> rest) =>
        rest.Length >= 2 && _firstCharacters.Contains(rest[0]) && _firstPairs.Contains(Pair(rest[0], rest[1]));

    /// <summary>Whether some term begins with <paramref name="text"/> (or is it).</summary>
    public bool Begins(ReadOnlySpan<char> text) => text.Length <= MaxLength && _beginningLookup.Contains(text);

    /// <summary>The terms that hold the Han character <paramref name="c"/>, in ordinal order; none for any other character.</summary>
    public IReadOnlyList<string> Holding(char c) => _holding.TryGetValue(c, out var terms) ? terms : [];

    public bool Contains(ReadOnlySpan<char> term) => term.Length <= MaxLength && _termLookup.Contains(term);

    private static int Pair(char first, char second) => first << 16 | second;
}
