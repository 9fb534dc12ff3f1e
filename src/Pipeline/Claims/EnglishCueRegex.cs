using System.Text.RegularExpressions;

namespace Pipeline.Claims;

/// <summary>
/// The English cues as one regular expression: the definition of how a cue matches, and the search
/// for a set with a cue <see cref="EnglishCueScanner"/> cannot read (one that opens or ends on a
/// character that is not a letter or digit, say).
/// </summary>
internal sealed class EnglishCueRegex(IReadOnlyList<string> cues) : IEnglishCues
{
    private readonly Regex _regex = new(
        $@"\b(?:{string.Join('|', cues.Select(ToPattern))})\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public void AddFoundIn(string text, List<(int Start, int End)> found)
    {
        foreach (var match in _regex.EnumerateMatches(text))
        {
            found.Add((match.Index, match.Index + match.Length));
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
