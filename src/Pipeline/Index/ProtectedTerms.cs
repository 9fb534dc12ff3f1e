using System.Buffers;
using System.Collections.Frozen;

namespace Pipeline.Index;

/// <summary>
/// Words the segmenter must keep whole. ICU's dictionary splits some names
/// (特朗普 becomes 特/朗/普); lexicon terms listed here are glued back together.
/// </summary>
public sealed class ProtectedTerms
{
    private readonly FrozenSet<string> _terms;

    // Every beginning of a term, whole terms included: gluing words stops as soon as those so far begin none.
    private readonly FrozenSet<string> _beginnings;

    // The first characters of the terms, and their first two as one number: a text that starts
    // otherwise begins none. Every term has two characters or more.
    private readonly SearchValues<char> _firstCharacters;
    private readonly FrozenSet<int> _firstPairs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _beginningLookup;

    // Characters a term holds side by side where one is Han and the other is not (the P and 材 of
    // MP材料): highlighting never cuts a text between them (WordStretches).
    private readonly FrozenSet<(char, char)> _mixedPairs;

    public ProtectedTerms(IEnumerable<string> normalizedTerms)
    {
        _terms = normalizedTerms.Where(t => t.Length > 1).ToFrozenSet(StringComparer.Ordinal);
        MaxLength = _terms.Count == 0 ? 0 : _terms.Max(t => t.Length);
        _beginnings = _terms.SelectMany(t => Enumerable.Range(1, t.Length).Select(length => t[..length])).ToFrozenSet(StringComparer.Ordinal);
        _firstCharacters = SearchValues.Create([.. _terms.Select(t => t[0]).Distinct()]);
        _firstPairs = _terms.Select(t => Pair(t[0], t[1])).ToFrozenSet();
        _termLookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _beginningLookup = _beginnings.GetAlternateLookup<ReadOnlySpan<char>>();
        _mixedPairs = _terms
            .SelectMany(t => t.Zip(t.Skip(1)))
            .Where(pair => WordTokenizer.IsHan(pair.First) != WordTokenizer.IsHan(pair.Second))
            .ToFrozenSet();
    }

    public static ProtectedTerms None { get; } = new([]);

    public int MaxLength { get; }

    public bool IsEmpty => _terms.Count == 0;

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

    public bool Contains(ReadOnlySpan<char> term) => term.Length <= MaxLength && _termLookup.Contains(term);

    private static int Pair(char first, char second) => first << 16 | second;
}
