namespace Pipeline.Extraction.Entities;

/// <summary>
/// One entity of the lexicon: a stable id, its kind, an English display name and the ways texts
/// write it, as the analyst wrote them (the lexicon matches them normalized).
/// </summary>
/// <param name="Aliases">Matched in any case and any script (Lynas, LYNAS, 萊納斯, 莱纳斯).</param>
/// <param name="CasedAliases">Matched only with exactly this capitalisation (Apple, US, DoD).</param>
/// <param name="Symbol">The chemical symbol of an element (Nd).</param>
/// <param name="SymbolMatched">Whether the symbol is looked for in text, as a cased word of its own.</param>
/// <param name="Owner">(places) The company that owns the plant or mine: money and capacity for it are the owner's.</param>
/// <param name="Country">(places, offices) The country the place lies in or the office belongs to (western-australia, us-exim).</param>
/// <param name="Parts">The entities this one is made of (NdPr: neodymium and praseodymium), so a search for a part also finds the whole.</param>
public sealed record LexiconEntity(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> CasedAliases,
    string? Symbol = null,
    bool SymbolMatched = false,
    string? Owner = null,
    string? Country = null,
    IReadOnlyList<string>? Parts = null)
{
    /// <summary>The longest id: an id is also a claim's scope, kept in a column this long.</summary>
    public const int MaxIdLength = 64;
}
