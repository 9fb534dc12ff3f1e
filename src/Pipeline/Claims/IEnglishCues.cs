namespace Pipeline.Claims;

/// <summary>The English cues of one <see cref="CueSet"/>: finds their whole-word occurrences in text order.</summary>
internal interface IEnglishCues
{
    void AddFoundIn(string text, List<(int Start, int End)> found);
}
