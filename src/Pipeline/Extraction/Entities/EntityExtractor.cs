namespace Pipeline.Extraction.Entities;

/// <summary>
/// Finds the lexicon's entities in a document: every alias, in any script, longest first and
/// without overlaps, reported on the original text as written.
/// </summary>
public sealed class EntityExtractor(Lexicon lexicon) : IMentionExtractor
{
    public IEnumerable<Mention> Extract(ExtractionInput input) =>
        lexicon.Matcher.Match(input.Normalized.Text, input.Original, input.Normalized.Map)
            .Select(m => input.MentionAt(MentionKind.Entity, m.Start, m.End) with
            {
                EntityId = m.Entity.Id,
                EntityKind = m.Entity.Kind,
                Verified = true,
            });
}
