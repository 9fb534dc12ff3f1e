using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// The entity field's term of an entity the query names by one of its names (Lynas, 萊納斯): it
/// matches as entity:lynas does, but it is a word of the query, which <see cref="RelaxedQuery"/>
/// may leave out, where entity:lynas written by the analyst is a filter that stays.
/// </summary>
public sealed class NamedEntityQuery(string entityId) : TermQuery(new Term(IndexFields.Entity, entityId));
