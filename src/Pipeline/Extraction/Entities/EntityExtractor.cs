namespace Pipeline.Extraction.Entities;

/// <summary>
/// Finds entities in a document: every lexicon alias, in any script, leftmost and longest first,
/// without overlaps (verified mentions with the lexicon's id); and, unless turned off, the
/// organisations the lexicon does not know, by the form of their names (unverified mentions whose
/// id is "candidate:" and the normalized name). Mentions point into the original text.
/// </summary>
public sealed class EntityExtractor(Lexicon lexicon, bool findCandidates = true) : IMentionExtractor
{
    public const string CandidatePrefix = CandidateOrganisationFinder.IdPrefix;

    public IEnumerable<Mention> Extract(ExtractionInput input)
    {
        var text = input.Normalized.Text;
        var matches = lexicon.Matcher.Match(text, input.Original, input.Normalized.Map);
        var candidates = findCandidates
            ? CandidateOrganisationFinder.Find(text, input.Original, input.Normalized.Map, matches)
            : [];
        var next = 0;
        foreach (var match in matches)
        {
            // Candidates come in text order and never overlap a named entity, only elements and materials.
            for (; next < candidates.Count && candidates[next].Start < match.End; next++)
            {
                yield return Candidate(input, candidates[next]);
            }
            if (next > 0 && candidates[next - 1].End > match.Start)
            {
                continue;
            }
            var (start, end, surface) = input.OriginalOf(match.Start, match.End);
            yield return new Mention(MentionKind.Entity, start, end, surface)
            {
                EntityId = match.Entity.Id,
                EntityKind = match.Entity.Kind,
                Owner = match.Entity.Owner,
                Country = match.Entity.Country,
                Verified = true,
            };
        }
        for (; next < candidates.Count; next++)
        {
            yield return Candidate(input, candidates[next]);
        }
    }

    private static Mention Candidate(ExtractionInput input, CandidateSpan span)
    {
        var (start, end, surface) = input.OriginalOf(span.Start, span.End);
        return new Mention(MentionKind.Entity, start, end, surface)
        {
            EntityId = CandidatePrefix + AliasKey.Of(input.Normalized.Text[span.Start..span.End]),
            EntityKind = span.Kind,
            Verified = false,
        };
    }
}
