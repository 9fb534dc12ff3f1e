using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Index;

/// <summary>
/// A document's entity mentions as tokens: the canonical id as the term, the mention's place in
/// the original text as the offsets, so an entity match highlights the words as written.
/// </summary>
public sealed class EntityTokens : TokenStream
{
    private readonly IReadOnlyList<EntityOccurrence> _occurrences;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private int _next;

    public EntityTokens(IReadOnlyList<EntityOccurrence> occurrences)
    {
        _occurrences = occurrences;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _occurrences.Count)
        {
            return false;
        }
        ClearAttributes();
        var occurrence = _occurrences[_next++];
        _term.SetEmpty().Append(occurrence.EntityId);
        _offset.SetOffset(occurrence.Start, occurrence.End);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
