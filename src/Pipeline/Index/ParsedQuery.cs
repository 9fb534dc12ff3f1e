using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// A query read two ways (<see cref="SearchQueryParser.Read"/>): with every name of each concept
/// it names, and, when it names one, with the concept's term in their place; then also what
/// highlighting looks for where the index holds that term.
/// </summary>
public sealed record ParsedQuery(Query ByNames, Query? ByConceptTerms, Query? HighlightedByConceptTerms = null)
{
    /// <summary>The concepts the query names and was widened to, in the order it names them.</summary>
    public IReadOnlyList<ConceptOccurrence> Concepts { get; init; } = [];

    /// <summary>The query to run on an index that marks concepts as today's analyzers do, or does not.</summary>
    public Query For(bool conceptsMarked) => conceptsMarked && ByConceptTerms is { } byTerms ? byTerms : ByNames;

    /// <summary>What highlighting looks for in a hit of <see cref="For"/>: the names it was found by.</summary>
    public Query HighlightedFor(bool conceptsMarked) =>
        conceptsMarked && HighlightedByConceptTerms is { } highlighted ? highlighted : ByNames;
}
