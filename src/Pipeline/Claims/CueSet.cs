using System.Text.RegularExpressions;

namespace Pipeline.Claims;

/// <summary>
/// The cue words of one attribute, found in normalized text: Chinese cues anywhere (written in
/// Simplified, so Traditional text matches after normalization), English cues as whole words.
/// </summary>
public sealed class CueSet
{
    private readonly string[] _chinese;
    private readonly Regex? _english;

    public CueSet(IEnumerable<string> chinese, IEnumerable<string> english, Func<string, string> normalize)
    {
        _chinese = [.. chinese.Select(normalize).Where(c => c.Length > 0).Distinct()];
        var words = english.Select(normalize).Where(c => c.Length > 0).Select(ToPattern).ToList();
        _english = words.Count == 0
            ? null
            : new Regex($@"\b(?:{string.Join('|', words)})\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Every cue occurrence in <paramref name="text"/>, as (start, end).</summary>
    public IEnumerable<(int Start, int End)> FindIn(string text)
    {
        foreach (var cue in _chinese)
        {
            for (var at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                yield return (at, at + cue.Length);
            }
        }
        if (_english is null)
        {
            yield break;
        }
        // EnumerateMatches allocates no Match objects; a span cannot cross the yield, so collect first.
        var found = new List<(int Start, int End)>();
        foreach (var match in _english.EnumerateMatches(text))
        {
            found.Add((match.Index, match.Index + match.Length));
        }
        foreach (var span in found)
        {
            yield return span;
        }
    }

    // "refin*" matches refining and refinery; spaces match any run of white space.
    private static string ToPattern(string cue)
    {
        var stem = cue.EndsWith('*') ? cue[..^1] : cue;
        var pattern = Regex.Escape(stem).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        return cue.EndsWith('*') ? pattern + @"\w*" : pattern;
    }
}
