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

    public CueSet(IEnumerable<string> chinese, IEnumerable<string> english, Func<string, string> normalize)
    {
        _chinese = [.. chinese.Select(normalize).Where(c => c.Length > 0).Distinct()];
        _chineseSlots = [.. _chinese.Select(c => CharacterPairs.SlotsOf(c))];
        var cues = english.Select(normalize).Where(c => c.Length > 0).ToList();
        _english = cues.Count == 0 ? null : (IEnglishCues?)EnglishCueScanner.TryCreate(cues) ?? new EnglishCueRegex(cues);
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
    /// then the English ones' in text order. A Chinese cue with a character pair that <paramref name="pairs"/> lacks
    /// is not searched; the English cues need no such test, their search for opening words is as quick.
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
        _english?.AddFoundIn(text, found);
    }
}
