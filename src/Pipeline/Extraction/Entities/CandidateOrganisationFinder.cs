using Pipeline.Text;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// Organisations the lexicon does not know, found by the form of their names (…公司, …协会,
/// "… Rare Metals", "… Ltd"). A name stops at a known company, organisation or person; it may
/// begin with a known country or place (中国有色金属工业协会, "Texas Mineral Resources") and hold
/// known elements and materials ("Rainbow Rare Earths Ltd", 某某稀土公司), which it then replaces.
/// </summary>
internal static class CandidateOrganisationFinder
{
    public const string IdPrefix = "candidate:";

    public static List<CandidateSpan> Find(string text, string original, OffsetMap map, IReadOnlyList<AliasMatch> matches)
    {
        var known = new KnownSpans([.. matches.Where(m => IsNamed(m.Entity.Kind))]);
        return [.. ChineseOrganisationNames.Find(text, known)
            .Concat(EnglishOrganisationNames.Find(text, original, map, known))
            .OrderBy(s => s.Start)];
    }

    /// <summary>Kinds whose mentions a candidate name may not swallow.</summary>
    private static bool IsNamed(EntityKind kind) => kind is not (EntityKind.Element or EntityKind.Material);

    /// <summary>A country or place where a name may begin.</summary>
    internal static bool IsLocation(LexiconEntity entity) => entity.Kind is EntityKind.Country or EntityKind.Place;
}
