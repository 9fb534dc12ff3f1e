using Pipeline.Extraction;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Turns a document's mentions into claims, sentence by sentence: each value whose sentence
/// holds a cue of an attribute of its kind becomes a claim about the sentence's subject.
/// </summary>
/// <remarks>
/// The subject is the entity of the attribute's preferred kinds nearest the value in the same
/// sentence; failing that, the one the previous sentence of the paragraph was about; failing
/// that, the document's most mentioned entity of those kinds. The time is the nearest other
/// date in the sentence, if any.
/// </remarks>
public sealed class ClaimBuilder(AttributeCatalog catalog)
{
    /// <param name="mentions">The document's mentions in text order, as <see cref="MentionExtractor"/> gives them.</param>
    public IReadOnlyList<Claim> Build(string text, string language, IReadOnlyList<Mention> mentions)
    {
        var claims = new List<Claim>();
        if (!mentions.Any(m => m.Kind != MentionKind.Entity))
        {
            return claims; // no value, no claim: the sentences need not be found
        }
        var entities = mentions.Where(m => m.Kind == MentionKind.Entity && m.EntityId is not null).ToList();
        var dominant = DominantEntities(entities);
        (string Id, EntityKind Kind)? previousSubject = null;
        var previousEnd = 0;

        var firstInSentence = 0;
        // Filled again for each sentence; nothing keeps them.
        var inSentence = new List<Mention>();
        var values = new List<Mention>();
        foreach (var (start, end) in SentenceSplitter.Split(text, language))
        {
            if (text.AsSpan(previousEnd, start - previousEnd).Contains('\n'))
            {
                previousSubject = null; // a new paragraph: what came before says nothing here
            }
            previousEnd = end;
            // Mentions come in text order and sentences too: walk on from the last sentence's first.
            while (firstInSentence < mentions.Count && mentions[firstInSentence].Start < start)
            {
                firstInSentence++;
            }
            inSentence.Clear();
            values.Clear();
            for (var i = firstInSentence; i < mentions.Count && mentions[i].Start < end; i++)
            {
                if (mentions[i].End <= end)
                {
                    inSentence.Add(mentions[i]);
                    if (mentions[i].Kind != MentionKind.Entity)
                    {
                        values.Add(mentions[i]);
                    }
                }
            }
            if (values.Count == 0)
            {
                previousSubject = NearestSubject(inSentence, start, null) ?? previousSubject;
                continue;
            }
            var sentence = text[start..end];
            var cues = new SentenceCues(TextNormalizer.Default.NormalizeString(sentence));

            foreach (var value in values)
            {
                var attribute = AttributeFor(value, sentence, start, language, cues);
                if (attribute is null)
                {
                    continue;
                }
                var subject = NearestSubject(inSentence, value.Start, attribute)
                    ?? (previousSubject is { } p && attribute.SubjectKinds.Contains(p.Kind) ? p : ((string, EntityKind)?)null)
                    ?? Dominant(dominant, attribute);
                if (subject is not { } chosen)
                {
                    continue;
                }
                var time = values.Where(m => m.Kind == MentionKind.Date && m != value && m.Date is not null)
                    .MinBy(m => Distance(m.Start, m.End, value.Start, value.End))?.Date;
                claims.Add(new Claim(chosen.Id, attribute.Key,
                    value.Kind == MentionKind.Date ? null : value.Value,
                    value.Kind == MentionKind.Date ? value.Date : null,
                    time, value.Start, value.End, start, end, sentence));
            }
            previousSubject = NearestSubject(inSentence, start, null) ?? previousSubject;
        }
        return claims;
    }

    /// <summary>The attribute whose cue stands nearest the value, within its window; config order breaks ties.</summary>
    private AttributeDefinition? AttributeFor(
        Mention value, string sentence, int sentenceStart, string language, SentenceCues cues)
    {
        AttributeDefinition? best = null;
        var bestDistance = int.MaxValue;
        foreach (var attribute in catalog.Attributes)
        {
            if (attribute.ValueKind != value.Kind || (value.Value is null && value.Date is null))
            {
                continue;
            }
            foreach (var (cueStart, cueEnd) in cues.Of(attribute))
            {
                var distance = CueDistance(sentence, cueStart, cueEnd, value.Start - sentenceStart, value.End - sentenceStart, language);
                if (distance <= attribute.Window && distance < bestDistance)
                {
                    (best, bestDistance) = (attribute, distance);
                }
            }
        }
        if (best is not null && cues.VetoesOf(best).Any(v =>
            CueDistance(sentence, v.Start, v.End, value.Start - sentenceStart, value.End - sentenceStart, language) < Math.Max(bestDistance, VetoReach)))
        {
            return null;
        }
        return best;
    }

    /// <summary>A sentence's cue and veto words, looked for only for the attributes its values can have.</summary>
    private sealed class SentenceCues(string normalized)
    {
        private readonly Dictionary<string, List<(int Start, int End)>> _cues = [];
        private readonly Dictionary<string, List<(int Start, int End)>> _vetoes = [];

        public List<(int Start, int End)> Of(AttributeDefinition attribute) => Find(_cues, attribute.Key, attribute.Cues);

        public List<(int Start, int End)> VetoesOf(AttributeDefinition attribute) => Find(_vetoes, attribute.Key, attribute.Vetoes);

        private List<(int Start, int End)> Find(Dictionary<string, List<(int Start, int End)>> found, string key, CueSet words)
        {
            if (!found.TryGetValue(key, out var spans))
            {
                found[key] = spans = [.. words.FindIn(normalized)];
            }
            return spans;
        }
    }

    /// <summary>
    /// How far a cue is from a value, as a reader would weigh it: characters between them, plus
    /// a clause break for each comma or conjunction crossed; in Chinese a figure qualifies the noun
    /// after it (90%的稀土精炼产能), so a cue before the value counts double.
    /// </summary>
    internal static int CueDistance(string sentence, int cueStart, int cueEnd, int valueStart, int valueEnd, string language)
    {
        var cueFirst = cueEnd <= valueStart;
        var (gapStart, gapEnd) = cueFirst ? (cueEnd, valueStart) : (valueEnd, cueStart);
        if (gapEnd <= gapStart)
        {
            return 0;
        }
        var gap = sentence.AsSpan(gapStart, gapEnd - gapStart);
        var distance = gap.Length + (ClauseBreakPenalty * CountBreaks(gap));
        return language == "zh" && cueFirst ? distance * 2 : distance;
    }

    private const int ClauseBreakPenalty = 10;

    // A veto word this close to the value speaks for it even when a cue is closer still
    // ("the 40% processing benchmark", "0.1% of Chinese rare-earth value").
    private const int VetoReach = 25;
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;，；、和及与");

    private static int CountBreaks(ReadOnlySpan<char> gap)
    {
        var count = 0;
        foreach (var c in gap)
        {
            if (ClauseBreaks.Contains(c))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The entity nearest <paramref name="at"/>, best-preferred kind first; any kind when no attribute is given.</summary>
    /// <remarks>One pass, no sorting: it runs for every sentence and every value. On a tie the earlier mention wins.</remarks>
    private static (string Id, EntityKind Kind)? NearestSubject(List<Mention> inSentence, int at, AttributeDefinition? attribute)
    {
        Mention? best = null;
        var (bestRank, bestDistance) = (int.MaxValue, int.MaxValue);
        foreach (var mention in inSentence)
        {
            if (mention.Kind != MentionKind.Entity || mention.EntityId is null || mention.EntityKind is not { } kind || !mention.Verified)
            {
                continue;
            }
            var rank = attribute is null ? 0 : IndexOf(attribute.SubjectKinds, kind);
            var distance = Distance(mention.Start, mention.End, at, at);
            if (rank != int.MaxValue && (rank < bestRank || (rank == bestRank && distance < bestDistance)))
            {
                (best, bestRank, bestDistance) = (mention, rank, distance);
            }
        }
        return best is null ? null : (best.EntityId!, best.EntityKind!.Value);
    }

    private static List<(string Id, EntityKind Kind)> DominantEntities(List<Mention> entities) =>
        [.. entities.Where(m => m.Verified && m.EntityKind is not null)
            .GroupBy(m => (m.EntityId!, m.EntityKind!.Value))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(m => m.Start))
            .Select(g => g.Key)];

    private static (string Id, EntityKind Kind)? Dominant(List<(string Id, EntityKind Kind)> dominant, AttributeDefinition attribute)
    {
        foreach (var entity in dominant)
        {
            if (attribute.SubjectKinds.Contains(entity.Kind))
            {
                return entity;
            }
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<EntityKind> kinds, EntityKind kind)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == kind)
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    /// <summary>Characters between two spans; zero when they touch or overlap.</summary>
    private static int Distance(int aStart, int aEnd, int bStart, int bEnd) =>
        Math.Max(0, Math.Max(aStart - bEnd, bStart - aEnd));
}
