using System.Collections.Frozen;
using Pipeline.Text;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// Finds every alias of a lexicon in normalized text in one pass: leftmost, then longest, no
/// overlaps; Latin aliases only as whole words; cased aliases only with their capitalisation.
/// </summary>
/// <remarks>
/// No maintained Aho–Corasick package is served here, and leftmost-longest matching does not
/// need its failure links: a trie is walked from each position where an alias can begin. The
/// first step is an array lookup by character and positions inside Latin words are skipped, so
/// most positions cost a few instructions; deeper steps are one frozen-dictionary lookup each.
/// </remarks>
internal sealed class AliasMatcher
{
    private readonly int[] _firstStep;
    private readonly FrozenDictionary<long, int> _steps;
    private readonly AliasTarget[]?[] _targets;

    public AliasMatcher(IEnumerable<(string Key, AliasTarget[] Targets)> aliases)
    {
        _firstStep = new int[char.MaxValue + 1];
        var steps = new Dictionary<long, int>();
        var targets = new List<AliasTarget[]?> { null };
        foreach (var (key, choices) in aliases)
        {
            var node = 0;
            foreach (var c in key)
            {
                var edge = Edge(node, c);
                var next = node == 0 ? _firstStep[c] : steps.GetValueOrDefault(edge);
                if (next == 0)
                {
                    next = targets.Count;
                    targets.Add(null);
                    if (node == 0)
                    {
                        _firstStep[c] = next;
                    }
                    else
                    {
                        steps[edge] = next;
                    }
                }
                node = next;
            }
            targets[node] = choices;
        }
        _steps = steps.ToFrozenDictionary();
        _targets = [.. targets];
    }

    public List<AliasMatch> Match(string text, string original, OffsetMap map)
    {
        var matches = new List<AliasMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var node = _firstStep[AliasKey.Fold(text[i])];
            if (node == 0 || (i > 0 && !AliasKey.IsBoundary(text[i - 1], text[i])))
            {
                i++;
                continue;
            }
            var (end, target) = Longest(text, i, node, original, map);
            if (target is null)
            {
                i++;
                continue;
            }
            if (target.Entity is not null)
            {
                matches.Add(new AliasMatch(i, end, target.Entity));
            }
            i = end;
        }
        return matches;
    }

    private (int End, AliasTarget? Target) Longest(string text, int start, int node, string original, OffsetMap map)
    {
        var bestEnd = -1;
        AliasTarget? best = null;
        var j = start + 1;
        while (true)
        {
            if (_targets[node] is { } choices
                && (j == text.Length || AliasKey.IsBoundary(text[j - 1], text[j]))
                && Accepting(choices, original, map, start, j) is { } target)
            {
                bestEnd = j;
                best = target;
            }
            if (j == text.Length)
            {
                break;
            }
            var c = AliasKey.Fold(text[j]);
            var step = 1;
            if (c == ' ')
            {
                // A line break or a run of spaces inside a name reads as one space ("MP\nMaterials").
                while (j + step < text.Length && AliasKey.Fold(text[j + step]) == ' ')
                {
                    step++;
                }
            }
            if (!_steps.TryGetValue(Edge(node, c), out node))
            {
                break;
            }
            j += step;
        }
        return (bestEnd, best);
    }

    private static AliasTarget? Accepting(AliasTarget[] choices, string original, OffsetMap map, int start, int end)
    {
        if (choices is [{ CasedForms: null } only])
        {
            return only;
        }
        var span = OriginalSpan(original, map, start, end);
        foreach (var choice in choices)
        {
            if (choice.AcceptsCase(span))
            {
                return choice;
            }
        }
        return null;
    }

    private static ReadOnlySpan<char> OriginalSpan(string original, OffsetMap map, int start, int end)
    {
        var (from, to) = map.ToOriginal(start, end);
        return original.AsSpan(from, to - from);
    }

    private static long Edge(int node, char c) => ((long)node << 16) | c;
}
