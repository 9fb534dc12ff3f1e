namespace Pipeline.Index;

/// <summary>Finds the names of lexicon entities in a query, in any script, so a search can match the entity itself.</summary>
public interface IEntityNames
{
    IReadOnlyList<EntityOccurrence> FindIn(string text);
}
