using System.Globalization;
using System.Text;

namespace Pipeline.Index;

/// <summary>
/// A document's entity occurrences as one stored string ("id start end", a line each), read back
/// to highlight entity matches. Stored text costs a fraction of term vectors at index time, and
/// only the shown hits are read.
/// </summary>
internal static class EntitySpans
{
    public static string Encode(IReadOnlyList<EntityOccurrence> occurrences)
    {
        var text = new StringBuilder(occurrences.Count * 24);
        // Indexed, not foreach: every document is encoded, and the list's enumerator would be boxed.
        for (var i = 0; i < occurrences.Count; i++)
        {
            var (id, start, end) = occurrences[i];
            text.Append(CultureInfo.InvariantCulture, $"{id} {start} {end}\n");
        }
        return text.ToString();
    }

    /// <summary>The occurrences, in the order they were indexed (so their index is the token position).</summary>
    public static IEnumerable<EntityOccurrence> Decode(string? encoded)
    {
        foreach (var line in (encoded ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length == 3
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                yield return new EntityOccurrence(parts[0], start, end);
            }
        }
    }
}
