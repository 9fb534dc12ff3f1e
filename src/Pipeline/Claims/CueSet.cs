namespace Pipeline.Claims;

/// <summary>
/// The cue words of one attribute, found in normalized text: Chinese cues anywhere (written in
/// Simplified, so Traditional text matches after normalization), English cues as whole words.
/// </summary>
public sealed class CueSet
{
    private readonly string[] _chinese;
    private readonly int[][] _chineseSlots;
    private readonly IEnglishCues? _english;
    // The slots of the English cues' leading literals; null when a cue has none (it opens on white space).
    private readonly int[][]? _englishSlots;

    public CueSet(IEnumerable<string> chinese, IEnumerable<string> english, Func<string, string> normalize)
    {
        _chinese = [.. chinese.Select(normalize).Where(c => c.Length > 0).Distinct()];
        _chineseSlots = [.. _chinese.Select(c => CharacterPairs.SlotsOf(c))];
        var cues = english.Select(normalize).Where(c => c.Length > 0).ToList();
        _english = cues.Count == 0 ? null : (IEnglishCues?)EnglishCueScanner.TryCreate(cues) ?? new EnglishCueRegex(cues);
        _englishSlots = cues.All(c => LeadingLiteral(c).Length > 0) ? [.. cues.Select(c => CharacterPairs.SlotsOf(LeadingLiteral(c)))] : null;
    }

    /// <summary>Every cue occurrence in <paramref name="text"/>, as (start, end).</summary>
    public List<(int Start, int End)> FindIn(string text)
    {
        var found = new List<(int Start, int End)>();
        AddFoundIn(text, new CharacterPairs(text), found);
        return found;
    }

    /// <summary>
    /// Adds every cue occurrence to <paramref name="found"/>: the Chinese cues' in the order of the cues,
    /// then the English ones' in text order. A cue with a character pair that <paramref name="pairs"/> lacks is not searched.
    /// </summary>
    internal void AddFoundIn(string text, CharacterPairs pairs, List<(int Start, int End)> found)
    {
        for (var i = 0; i < _chinese.Length; i++)
        {
            if (!pairs.HasAll(_chineseSlots[i]))
            {
                continue;
            }
            var cue = _chinese[i];
            for (var at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                found.Add((at, at + cue.Length));
            }
        }
        if (_english is null || (_englishSlots is not null && !HasAny(pairs, _englishSlots)))
        {
            return;
        }
        _english.AddFoundIn(text, found);
    }

    private static bool HasAny(CharacterPairs pairs, int[][] cues)
    {
        foreach (var slots in cues)
        {
            if (pairs.HasAll(slots))
            {
                return true;
            }
        }
        return false;
    }

    // What a match of the cue must open on, character for character: up to its first space
    // (which matches any run of white space) or its wildcard.
    private static ReadOnlySpan<char> LeadingLiteral(string cue)
    {
        var stem = cue.AsSpan().TrimEnd('*');
        var space = stem.IndexOf(' ');
        return space < 0 ? stem : stem[..space];
    }
}
