namespace Pipeline.Text;

/// <summary>
/// Leads from a position in normalized text back to the position in the original text.
/// </summary>
/// <remarks>
/// Most normalization keeps the length, so the common map is the identity and stores nothing;
/// a map with entries is built only when a step changed the length.
/// </remarks>
public sealed class OffsetMap
{
    private readonly int[]? _toOriginal;
    private readonly int _originalLength;

    private OffsetMap(int[]? toOriginal, int originalLength)
    {
        _toOriginal = toOriginal;
        _originalLength = originalLength;
    }

    public static OffsetMap Identity(int length) => new(null, length);

    /// <param name="toOriginal">For each normalized character, the index of the original character it came from.</param>
    public static OffsetMap FromPositions(int[] toOriginal, int originalLength) => new(toOriginal, originalLength);

    public bool IsIdentity => _toOriginal is null;

    /// <summary>The original index of the normalized character at <paramref name="normalizedIndex"/>.</summary>
    public int ToOriginal(int normalizedIndex)
    {
        if (_toOriginal is null)
        {
            return Math.Clamp(normalizedIndex, 0, _originalLength);
        }
        return normalizedIndex >= _toOriginal.Length ? _originalLength : _toOriginal[Math.Max(normalizedIndex, 0)];
    }

    /// <summary>Maps a half-open span [start, end) of normalized text onto the original.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            var at = ToOriginal(start);
            return (at, at);
        }
        // The end is one past the last character: map that character, then step past it.
        var lastStart = ToOriginal(end - 1);
        var lastEnd = _toOriginal is null || end >= _toOriginal.Length
            ? Math.Min(lastStart + 1, _originalLength)
            : NextOriginalBoundary(end - 1, lastStart);
        return (ToOriginal(start), lastEnd);
    }

    private int NextOriginalBoundary(int normalizedIndex, int originalIndex)
    {
        for (var i = normalizedIndex + 1; i < _toOriginal!.Length; i++)
        {
            if (_toOriginal[i] != originalIndex)
            {
                return _toOriginal[i];
            }
        }
        return _originalLength;
    }
}
