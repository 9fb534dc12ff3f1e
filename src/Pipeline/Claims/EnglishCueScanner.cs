using System.Buffers;

namespace Pipeline.Claims;

/// <summary>
/// The English cues of a set found without a regular expression: one multi-string search for the
/// words the cues open with, then the cues tried in their order where one opens, as the alternation
/// of <see cref="EnglishCueRegex"/> tries them. Running a set's regex in each sentence cost about a
/// quarter of analysing a document. It reads plain cues only (see <see cref="TryCreate"/>).
/// </summary>
internal sealed class EnglishCueScanner : IEnglishCues
{
    private readonly string[] _cues;
    // Each cue's first word (its stem before a space): a match starts where one of them stands.
    private readonly SearchValues<string> _openings;

    private EnglishCueScanner(string[] cues)
    {
        _cues = cues;
        _openings = SearchValues.Create([.. cues.Select(c => Opening(c).ToString()).Distinct()], StringComparison.Ordinal);
    }

    /// <summary>
    /// A scanner when every cue is plain: a stem that opens and ends on a word character, with single
    /// spaces and no other white space inside, and maybe a * after it. Else null: the regex decides.
    /// </summary>
    public static EnglishCueScanner? TryCreate(IReadOnlyList<string> cues) => cues.All(IsPlain) ? new([.. cues]) : null;

    /// <summary>Adds the occurrences in text order, none overlapping: where two cues open at one place, the earlier cue wins.</summary>
    public void AddFoundIn(string text, List<(int Start, int End)> found)
    {
        var from = 0;
        while (from < text.Length)
        {
            var next = text.AsSpan(from).IndexOfAny(_openings);
            if (next < 0)
            {
                return;
            }
            var start = from + next;
            var end = FirstMatchAt(text, start);
            if (end > 0)
            {
                found.Add((start, end));
                from = end;
            }
            else
            {
                from = start + 1;
            }
        }
    }

    // Where the first cue that matches at start ends, or -1.
    private int FirstMatchAt(string text, int start)
    {
        if (!RegexWordCharacters.IsBoundary(text, start))
        {
            return -1;
        }
        foreach (var cue in _cues)
        {
            var end = MatchAt(cue, text, start);
            if (end > 0)
            {
                return end;
            }
        }
        return -1;
    }

    // A space matches a run of white space; a * any word characters after the stem; a word boundary must follow.
    private static int MatchAt(string cue, string text, int at)
    {
        var wildcard = cue.EndsWith('*');
        foreach (var c in wildcard ? cue.AsSpan(0, cue.Length - 1) : cue)
        {
            if (c == ' ')
            {
                var spaceStart = at;
                while (at < text.Length && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }
                if (at == spaceStart)
                {
                    return -1;
                }
            }
            else if (at < text.Length && text[at] == c)
            {
                at++;
            }
            else
            {
                return -1;
            }
        }
        while (wildcard && at < text.Length && RegexWordCharacters.IsWord(text[at]))
        {
            at++;
        }
        return RegexWordCharacters.IsBoundary(text, at) ? at : -1;
    }

    private static ReadOnlySpan<char> Opening(string cue)
    {
        var stem = cue.AsSpan().TrimEnd('*');
        var space = stem.IndexOf(' ');
        return space < 0 ? stem : stem[..space];
    }

    // With a word character at both ends, \b before and after behave as MatchAt checks them; with single
    // spaces and no other white space, \s+ can match only the whole run of white space.
    private static bool IsPlain(string cue)
    {
        var stem = cue.EndsWith('*') ? cue.AsSpan(0, cue.Length - 1) : cue.AsSpan();
        return stem.Length > 0 && RegexWordCharacters.IsWord(stem[0]) && RegexWordCharacters.IsWord(stem[^1])
            && !stem.Contains("  ", StringComparison.Ordinal) && !HasOtherWhiteSpace(stem);
    }

    private static bool HasOtherWhiteSpace(ReadOnlySpan<char> stem)
    {
        foreach (var c in stem)
        {
            if (c != ' ' && char.IsWhiteSpace(c))
            {
                return true;
            }
        }
        return false;
    }
}
