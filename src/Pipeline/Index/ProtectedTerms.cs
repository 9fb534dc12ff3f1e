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

    // The first characters of the terms: a word that starts with another one begins none.
    private readonly SearchValues<char> _firstCharacters;

    // Characters a term holds side by side where one is Han and the other is not (the P and 材 of
    // MP材料): highlighting never cuts a text between them (WordStretches).
    private readonly FrozenSet<(char, char)> _mixedPairs;

    public ProtectedTerms(IEnumerable<string> normalizedTerms)
    {
        _terms = normalizedTerms.Where(t => t.Length > 1).ToFrozenSet(StringComparer.Ordinal);
        MaxLength = _terms.Count == 0 ? 0 : _terms.Max(t => t.Length);
        _beginnings = _terms.SelectMany(t => Enumerable.Range(1, t.Length).Select(length => t[..length])).ToFrozenSet(StringComparer.Ordinal);
        _firstCharacters = SearchValues.Create([.. _terms.Select(t => t[0]).Distinct()]);
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

    /// <summary>Whether some term begins with <paramref name="first"/>.</summary>
    public bool MayBegin(char first) => _firstCharacters.Contains(first);

    /// <summary>Whether some term begins with <paramref name="text"/> (or is it).</summary>
    public bool Begins(ReadOnlySpan<char> text) =>
        text.Length <= MaxLength && _beginnings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    public bool Contains(ReadOnlySpan<char> term) =>
        term.Length <= MaxLength && _terms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(term);
}
