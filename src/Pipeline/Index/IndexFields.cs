namespace Pipeline.Index;

/// <summary>Names of the fields of a document in the Lucene index.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Source = "source";
    public const string Language = "lang";
    public const string Script = "script";
    public const string Date = "date";

    /// <summary>Words from ICU segmentation, stemmed for English.</summary>
    public const string Body = "body";

    /// <summary>Overlapping CJK character pairs: recall where segmentation differs between text and query.</summary>
    public const string BodyBigrams = "body_cjk";

    /// <summary>Canonical ids of the lexicon entities a document mentions, at the mentions' offsets.</summary>
    public const string Entity = "entity";

    /// <summary>Where the entity field's tokens stand in the original text, stored only, for highlighting (<see cref="EntitySpans"/>).</summary>
    public const string EntitySpans = "entity_spans";

    /// <summary>
    /// Not a field of its own: concept:"price-floor" in a query stands for the term that marks the
    /// concept in the title, word and bigram fields (<see cref="ConceptRules.Term"/>).
    /// </summary>
    public const string Concept = "concept";

    /// <summary>
    /// Not a field of its own: named:"lynas" stands for the entity field's term of an entity the
    /// analyst named by one of its names (<see cref="NamedEntityQuery"/>). Unlike entity:lynas
    /// typed as a filter, it is one of the query's words.
    /// </summary>
    public const string NamedEntity = "named";

    /// <summary>The stored document's content hash, as doc values only: tells a current entry from a stale one.</summary>
    public const string ContentHash = "hash";

    /// <summary>The original text, stored only, for snippets.</summary>
    public const string Text = "text";

    /// <summary>Fields a query searches when it names none.</summary>
    public static IReadOnlyList<string> Searched { get; } = [Title, Body, BodyBigrams];

    /// <summary>Single-valued keyword fields, matched whole and case-insensitively.</summary>
    public static IReadOnlyList<string> Keywords { get; } = [Id, Source, Language, Script, Date, Entity];
}
