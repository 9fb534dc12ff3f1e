using Pipeline.Extraction.Entities;
using Pipeline.Index;

namespace Pipeline.App.Output;

/// <summary>
/// A concept a query named, as results tell it: the words typed, the concept, and the other names
/// it was searched by, so an analyst who typed `agreement` sees why hits say 协议 or "accords".
/// </summary>
public sealed record SearchedConcept(string Words, string Id, string Name, IReadOnlyList<string> OtherNames)
{
    public static IReadOnlyList<SearchedConcept> Of(string query, SearchResults results, Lexicon lexicon) =>
        [.. results.Concepts.Select(c => (Words: query[c.Start..c.End], Found: c, Concept: lexicon.Concepts.All.FirstOrDefault(k => k.Id == c.ConceptId)))
            .Select(c => new SearchedConcept(c.Words, c.Found.ConceptId, c.Concept?.Name ?? c.Found.ConceptId,
                // Every name but the words typed: the name matched may be another form of them (refining for refined).
                [.. (c.Concept?.Aliases ?? c.Found.OtherNames).Where(n => !n.Equals(c.Words, StringComparison.OrdinalIgnoreCase))]))];

    /// <summary>One line, as the search page words it: <c>agreement is searched as the concept Agreement, by all its names: framework, deal, 协议</c>.</summary>
    public override string ToString() => $"{Words} is searched as the concept {Name}, by all its names: {string.Join(", ", OtherNames)}";
}
