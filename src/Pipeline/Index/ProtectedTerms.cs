using System.Collections.Frozen;

namespace Pipeline.Index;

/// <summary>
/// Words the segmenter must keep whole. ICU's dictionary splits some names
/// (特朗普 becomes 特/朗/普); lexicon terms listed here are glued back together.
/// </summary>
public sealed class ProtectedTerms
{
    private readonly FrozenSet<string> _terms;

    public ProtectedTerms(IEnumerable<string> normalizedTerms)
    {
        _terms = normalizedTerms.Where(t => t.Length > 1).ToFrozenSet(StringComparer.Ordinal);
        MaxLength = _terms.Count == 0 ? 0 : _terms.Max(t => t.Length);
    }

    public static ProtectedTerms None { get; } = new([]);

    public int MaxLength { get; }

    public bool IsEmpty => _terms.Count == 0;

    public bool Contains(ReadOnlySpan<char> term) =>
        term.Length <= MaxLength && _terms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(term);
}
