using System.Collections.Frozen;
using Pipeline.Text;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// English organisation names by their last word: one to five capitalised words followed by a
/// capitalised Materials, Metals, Resources, Mining, Inc., Ltd, Corp., Group, Holdings, plc, AG,
/// GmbH… ("Ucore Rare Metals", "Rainbow Rare Earths Ltd"). Capitalisation is read on the original.
/// </summary>
internal static class EnglishOrganisationNames
{
    private const int MaxNameWords = 5;

    private static readonly FrozenDictionary<string, EntityKind> Endings = new Dictionary<string, EntityKind>
    {
        ["materials"] = EntityKind.Company, ["metals"] = EntityKind.Company, ["minerals"] = EntityKind.Company,
        ["resources"] = EntityKind.Company, ["mining"] = EntityKind.Company, ["magnetics"] = EntityKind.Company,
        ["technologies"] = EntityKind.Company, ["inc"] = EntityKind.Company, ["ltd"] = EntityKind.Company,
        ["limited"] = EntityKind.Company, ["corp"] = EntityKind.Company, ["corporation"] = EntityKind.Company,
        ["group"] = EntityKind.Company, ["holdings"] = EntityKind.Company, ["plc"] = EntityKind.Company,
        ["ag"] = EntityKind.Company, ["gmbh"] = EntityKind.Company, ["llc"] = EntityKind.Company,
        ["earths"] = EntityKind.Company, ["association"] = EntityKind.Organisation,
        ["institute"] = EntityKind.Organisation, ["university"] = EntityKind.Organisation,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Every Latin word of a text is looked up here: by span, so no word becomes a string first.
    private static readonly FrozenDictionary<string, EntityKind>.AlternateLookup<ReadOnlySpan<char>> EndingsBySpan =
        Endings.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Abbreviations = new[] { "inc", "corp", "ltd", "llc", "co" }.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised at the start of a sentence, not part of a name.
    private static readonly FrozenSet<string> LeadingWords = new[]
    {
        "the", "a", "an", "in", "on", "at", "for", "from", "by", "with", "its", "their", "our", "this", "that", "these",
        "those", "both", "each", "every", "as", "and", "but", "or", "if", "when", "while", "after", "before", "since",
        "until", "under", "over", "why", "how", "what", "where", "some", "many", "most", "other", "several", "like",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that describe rather than name: "Critical Raw Materials", "Heavy Rare Earths".
    private static readonly FrozenSet<string> GenericWords = new[]
    {
        "rare", "earth", "earths", "critical", "strategic", "raw", "heavy", "light", "global", "world", "national",
        "international", "new", "battery", "magnet", "advanced", "specialty", "precious", "base", "western", "key",
        "minerals", "metals", "materials", "mining", "resources", "energy", "green", "clean", "industrial", "the",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<CandidateSpan> Find(string text, string original, OffsetMap map, KnownSpans known)
    {
        var words = LatinWords.Of(text);
        for (var n = 1; n < words.Count; n++)
        {
            var ending = words[n];
            if (!EndingsBySpan.TryGetValue(ending.CoreSpan(text), out var kind) || !IsCapitalised(ending, original, map, allowLower: ending.Core(text) == "plc")
                || known.Overlaps(ending.Start, ending.End) || NameGoesOn(words, n, text, original, map))
            {
                continue;
            }
            var last = n - 1;
            if (ending.Core(text) == "earths")
            {
                if (words[last].Core(text) != "rare" || !words[last].FollowedBySpace)
                {
                    continue;
                }
                last--;
            }
            var first = last + 1;
            while (first > 0 && last - first + 1 < MaxNameWords && words[first - 1].FollowedBySpace
                && IsCapitalised(words[first - 1], original, map) && !known.Overlaps(words[first - 1].Start, words[first - 1].End))
            {
                first--;
            }
            while (first <= last && LeadingWords.Contains(words[first].Core(text)))
            {
                first++;
            }
            // "Texas Mineral Resources": a country or place right before the name belongs to it.
            var naming = false;
            if (first > 0 && words[first - 1].FollowedBySpace && known.At(words[first - 1].Start) is { } location
                && CandidateOrganisationFinder.IsLocation(location.Entity) && location.End == words[first - 1].End)
            {
                first--;
                naming = true;
            }
            for (var w = first; w <= last; w++)
            {
                naming |= !GenericWords.Contains(words[w].Core(text));
            }
            if (naming)
            {
                var end = ending.EndsWithPeriod(text) && !Abbreviations.Contains(ending.Core(text)) ? ending.End - 1 : ending.End;
                yield return new CandidateSpan(words[first].Start, end, kind);
            }
        }
    }

    // "Critical Raw Materials Act": a capitalised word right after the ending continues the name.
    private static bool NameGoesOn(List<LatinWord> words, int n, string text, string original, OffsetMap map) =>
        n + 1 < words.Count && words[n].FollowedBySpace && !words[n].EndsWithPeriod(text)
        && (IsCapitalised(words[n + 1], original, map) || Endings.ContainsKey(words[n + 1].Core(text)));

    private static bool IsCapitalised(LatinWord word, string original, OffsetMap map, bool allowLower = false)
    {
        var c = original[map.ToOriginal(word.Start)];
        return char.IsUpper(c) || char.IsDigit(c) || allowLower;
    }
}
