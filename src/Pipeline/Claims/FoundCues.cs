using System.Runtime.InteropServices;

namespace Pipeline.Claims;

/// <summary>
/// The cue words found in one sentence, each cue set searched once. <see cref="ClaimBuilder"/> hands one
/// to each sentence of a document in turn (<see cref="Reset"/>): a cache of its own per sentence cost a
/// dictionary and a list for every cue set asked about, most of them empty: about a third of what
/// analysing a document allocated.
/// </summary>
internal sealed class FoundCues
{
    // Where each searched set's spans lie in _spans: one list for all, no list per set.
    private readonly Dictionary<CueSet, (int Offset, int Count)> _searched = [];
    private readonly List<(int Start, int End)> _spans = [];
    // Filled on the first search: lets the many cue sets that cannot occur in the sentence skip it.
    private readonly CharacterPairs _pairs = new();
    private bool _pairsFilled;
    private string _text = string.Empty;

    /// <summary>Starts over on another sentence; what was found in the one before is dropped.</summary>
    public void Reset(string text)
    {
        _text = text;
        _searched.Clear();
        _spans.Clear();
        _pairsFilled = false;
    }

    /// <summary>Every occurrence of a set's words in the sentence, as <see cref="CueSet.AddFoundIn"/> orders them.</summary>
    public ReadOnlySpan<(int Start, int End)> Find(CueSet words)
    {
        if (!_searched.TryGetValue(words, out var found))
        {
            if (!_pairsFilled)
            {
                _pairs.Fill(_text);
                _pairsFilled = true;
            }
            var offset = _spans.Count;
            words.AddFoundIn(_text, _pairs, _spans);
            found = (offset, _spans.Count - offset);
            _searched.Add(words, found);
        }
        // A later search may grow the list into a new array; this span keeps the old one, whose spans stay as they were.
        return CollectionsMarshal.AsSpan(_spans).Slice(found.Offset, found.Count);
    }
}
