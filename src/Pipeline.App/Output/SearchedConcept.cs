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
        [.. results.Concepts.Select(c => (Words: query[c.Start..c.End], Concept: c)).Select(c => new SearchedConcept(
            c.Words, c.Concept.ConceptId, lexicon.Concepts.All.FirstOrDefault(k => k.Id == c.Concept.ConceptId)?.Name ?? c.Concept.ConceptId,
            // The name matched may be another form of the words typed (agreements for agreement), which the list then holds.
            [.. c.Concept.OtherNames.Where(n => !n.Equals(c.Words, StringComparison.OrdinalIgnoreCase))]))];

    /// <summary>One line, as the search page words it: <c>agreement is searched as the concept Agreement, by all its names: framework, deal, 协议</c>.</summary>
    public override string ToString() => $"{Words} is searched as the concept {Name}, by all its names: {string.Join(", ", OtherNames)}";
}
