namespace Pipeline.Index;

/// <summary>
/// The names a search widens: lexicon entities in any script (so a search can match the entity
/// itself), the wholes an entity is part of, and concepts with their other names.
/// </summary>
public interface IEntityNames
{
    IReadOnlyList<EntityOccurrence> FindIn(string text);

    /// <summary>The entities <paramref name="entityId"/> is a part of (neodymium: NdPr), found too but ranked below it.</summary>
    IReadOnlyList<string> WholesOf(string entityId) => [];

    IReadOnlyList<ConceptOccurrence> ConceptsIn(string text) => [];
}
