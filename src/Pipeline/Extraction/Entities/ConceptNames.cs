using Pipeline.Index;
using Pipeline.Text;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// Finds concept names in a query, in any script and any case, longest first: Latin names as
/// whole words, Chinese names as whole runs of Han characters.
/// </summary>
/// <remarks>
/// Queries are a few words and concepts a few dozen names, so a scan per name is enough; the
/// document-sized <see cref="AliasMatcher"/> is not needed here.
/// </remarks>
public sealed class ConceptNames
{
    private readonly List<(string Folded, string ConceptId, List<string> OtherNames)> _names;

    public ConceptNames(IEnumerable<Concept> concepts)
    {
        All = [.. concepts];
        _names = [.. All
            .SelectMany(c => c.Aliases.Select(a => (Folded: Fold(a), ConceptId: c.Id, OtherNames: c.Aliases.Where(o => Fold(o) != Fold(a)).ToList())))
            .DistinctBy(n => n.Folded, StringComparer.Ordinal)
            .OrderByDescending(n => n.Folded.Length)];
    }

    public IReadOnlyList<Concept> All { get; }

    public IReadOnlyList<ConceptOccurrence> FindIn(string query)
    {
        var folded = Fold(query);
        var found = new List<ConceptOccurrence>();
        foreach (var (name, conceptId, others) in _names)
        {
            for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (IsWholeWord(folded, at, end) && !found.Any(f => at < f.End && f.Start < end))
                {
                    found.Add(new ConceptOccurrence(conceptId, at, end, others));
                }
            }
        }
        return [.. found.OrderBy(f => f.Start)];
    }

    private static string Fold(string text)
    {
        var chars = text.ToCharArray();
        TextNormalizer.Default.FoldInPlace(chars);
        return new string(chars);
    }

    /// <summary>
    /// A Latin name is a whole word; a Chinese name is a whole run of Han characters, because the
    /// query reads such a run as one phrase (暂停实施 is not 暂停 and 实施).
    /// </summary>
    private static bool IsWholeWord(string text, int start, int end) =>
        !(start > 0 && SameRun(text[start - 1], text[start])) && !(end < text.Length && SameRun(text[end - 1], text[end]));

    private static bool SameRun(char a, char b) =>
        (char.IsAsciiLetterOrDigit(a) && char.IsAsciiLetterOrDigit(b)) || (AliasKey.IsHan(a) && AliasKey.IsHan(b));
}
