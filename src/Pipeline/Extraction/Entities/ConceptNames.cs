using Pipeline.Index;
using Pipeline.Text;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// Finds concept names in a query, in any script and any case, longest first: Latin names as
/// whole words in their inflections, as the index marks them (<see cref="ConceptWordForms"/>:
/// export licence for export licences, refined for refining), Chinese names as whole runs of Han
/// characters.
/// </summary>
/// <remarks>
/// Queries are a few words and concepts a few dozen names, so a scan per name is enough; the
/// document-sized <see cref="AliasMatcher"/> is not needed here.
/// </remarks>
public sealed class ConceptNames
{
    private readonly List<Name> _names;

    public ConceptNames(IEnumerable<Concept> concepts)
    {
        All = [.. concepts];
        _names = [.. All
            .SelectMany(c => c.Aliases.Select(Fold).Select(folded =>
                new Name(folded, WordKeys(folded), c.Id, c.Aliases.Where(o => Fold(o) != folded).ToList())))
            .DistinctBy(n => n.Folded, StringComparer.Ordinal)
            .OrderByDescending(n => n.Folded.Length)];
    }

    public IReadOnlyList<Concept> All { get; }

    public IReadOnlyList<ConceptOccurrence> FindIn(string query)
    {
        var folded = Fold(query);
        var words = LatinWords(folded);
        var found = new List<ConceptOccurrence>();
        foreach (var name in _names)
        {
            foreach (var (at, end) in name.Keys is { } keys ? WordsMatching(folded, words, keys) : RunsMatching(folded, name.Folded))
            {
                if (!found.Any(f => at < f.End && f.Start < end))
                {
                    found.Add(new ConceptOccurrence(name.ConceptId, at, end, name.OtherNames));
                }
            }
        }
        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>A name, folded, with its words' keys when it is all Latin words (null otherwise), its concept and the concept's other names.</summary>
    private sealed record Name(string Folded, string[]? Keys, string ConceptId, List<string> OtherNames);

    private static string Fold(string text)
    {
        var chars = text.ToCharArray();
        TextNormalizer.Default.FoldInPlace(chars);
        return new string(chars);
    }

    /// <summary>The keys of a name's words (<see cref="ConceptWordForms.KeyOfNameWord"/>), or null for a name with anything but Latin words and spaces.</summary>
    private static string[]? WordKeys(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => w.All(char.IsAsciiLetterOrDigit)) ? [.. words.Select(ConceptWordForms.KeyOfNameWord)] : null;
    }

    /// <summary>Each run of ASCII letters and digits in the folded query.</summary>
    private static List<(int Start, int End)> LatinWords(string folded)
    {
        var words = new List<(int, int)>();
        for (var start = 0; start < folded.Length;)
        {
            var end = start;
            while (end < folded.Length && char.IsAsciiLetterOrDigit(folded[end]))
            {
                end++;
            }
            if (end > start)
            {
                words.Add((start, end));
            }
            start = end + 1;
        }
        return words;
    }

    /// <summary>Where the query's words, side by side with only spaces between them, are the name's words in one of their forms.</summary>
    private static IEnumerable<(int Start, int End)> WordsMatching(string folded, List<(int Start, int End)> words, string[] keys)
    {
        for (var i = 0; i + keys.Length <= words.Count; i++)
        {
            var matches = true;
            for (var j = 0; j < keys.Length && matches; j++)
            {
                var (start, end) = words[i + j];
                matches = ConceptWordForms.IsFormOf(folded.AsSpan(start, end - start), keys[j])
                    && (j == 0 || string.IsNullOrWhiteSpace(folded[words[i + j - 1].End..start]));
            }
            if (matches)
            {
                yield return (words[i].Start, words[i + keys.Length - 1].End);
            }
        }
    }

    /// <summary>Where a Chinese name (or one with other characters) stands as a whole run (<see cref="IsWholeWord"/>).</summary>
    private static IEnumerable<(int Start, int End)> RunsMatching(string folded, string name)
    {
        for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (IsWholeWord(folded, at, at + name.Length))
            {
                yield return (at, at + name.Length);
            }
        }
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
