namespace Pipeline.Index;

/// <summary>
/// Finds where a document matched, with no term vectors, which cost more at index time than all
/// the rest of indexing:
/// <list type="bullet">
/// <item>words: the hit's text is analyzed again, unless the query's words are all Han
/// characters, which are found as runs of the normalized text;</item>
/// <item>CJK bigrams: runs of the normalized text (<see cref="BigramHighlighter"/>);</item>
/// <item>concepts' terms, which the index adds where a name stands: the stretches that can hold
/// an English name, analyzed as the index analyzes them;</item>
/// <item>entities, whose tokens come from extraction rather than the text: the spans stored
/// with the document.</item>
/// </list>
/// A phrase is marked only where its terms stand together.
/// </summary>
/// <remarks>
/// Not Lucene.Net.Highlighter: tried in full (QueryScorer field by field, its best fragment as the
/// snippet), it doubled search time on the 10 MB benchmark (p50 12 to 29 ms, p99 45 to 165 ms),
/// because QueryScorer builds an in-memory index over each hit's tokens to place phrases and
/// prefixes, and most queries here hold a phrase (every Chinese word of three characters or more
/// is a phrase of bigrams). QueryTermScorer, which needs no positions, marks a phrase's words
/// anywhere. What is left here is the one pass over the text that a phrase needs.
/// </remarks>
public static class HitHighlighter
{
    /// <summary>Matched spans of the original <paramref name="text"/>, sorted, with touching or overlapping spans merged.</summary>
    /// <param name="entitySpans">The document's stored <see cref="IndexFields.EntitySpans"/>.</param>
    public static IReadOnlyList<TextSpan> Find(HighlightTerms terms, string text, string? entitySpans, IndexAnalyzers analyzers)
    {
        var spans = FindOwn(terms, text, entitySpans, analyzers);
        return spans.Count == 0 && terms.Fallback is { } fallback ? FindOwn(fallback, text, entitySpans, analyzers) : spans;
    }

    private static List<TextSpan> FindOwn(HighlightTerms terms, string text, string? entitySpans, IndexAnalyzers analyzers)
    {
        var spans = new List<TextSpan>();
        var normalized = new Lazy<Text.NormalizedText>(() => analyzers.Normalizer.Normalize(text));
        var bigramPhrases = terms.Phrases(IndexFields.BodyBigrams);
        var bigramPrefixes = terms.Prefixes(IndexFields.BodyBigrams);
        if (bigramPhrases.Count > 0 || bigramPrefixes.Count > 0)
        {
            BigramHighlighter.Find(normalized.Value, bigramPhrases, bigramPrefixes, spans);
        }
        if (Wanted(terms, IndexFields.Body) is var (bodyPhrases, bodyTerms, bodyPrefixes)
            && !(bodyPrefixes.Count == 0 && BigramHighlighter.TryFindHanWords(normalized.Value, bodyPhrases, spans,
                everyCharacterIsAWord: analyzers.Segmenter == ChineseSegmenter.Characters)))
        {
            var stretches = WordStretches.ToRead(text, normalized.Value, bodyPhrases, bodyTerms, bodyPrefixes, analyzers);
            var occurrences = TermOccurrences.FromAnalysis(analyzers.Words, IndexFields.Body, text, stretches, bodyTerms, bodyPrefixes);
            AddMatches(occurrences, bodyPhrases, bodyPrefixes, spans);
        }
        if (terms.Concepts.Count > 0)
        {
            AddConcepts(text, normalized.Value, terms.Concepts, analyzers, spans);
        }
        if (Wanted(terms, IndexFields.Entity) is var (entityPhrases, entityTerms, entityPrefixes))
        {
            AddMatches(TermOccurrences.FromEntitySpans(EntitySpans.Decode(entitySpans), entityTerms, entityPrefixes), entityPhrases, entityPrefixes, spans);
        }
        return Merge(spans);
    }

    /// <summary>
    /// Where the index marked the concepts: the stretches that can hold one of their names in the
    /// word field, read as the index reads them, for the concepts' terms. (Their Chinese names are
    /// looked for as words and bigrams: the query's highlighted reading holds them.)
    /// </summary>
    private static void AddConcepts(string text, Text.NormalizedText normalized, IReadOnlySet<string> concepts, IndexAnalyzers analyzers, List<TextSpan> spans)
    {
        var keys = concepts.SelectMany(analyzers.WordConcepts.EnglishTextKeysOf).ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return;
        }
        var stretches = WordStretches.ToRead(text, normalized, [], keys, [], analyzers);
        var wanted = concepts.ToHashSet(StringComparer.Ordinal);
        var occurrences = TermOccurrences.FromAnalysis(analyzers.Indexing, IndexFields.Body, text, stretches, wanted, []);
        foreach (var concept in wanted)
        {
            spans.AddRange(occurrences.Of(concept).Select(o => new TextSpan(o.Start, o.End)));
        }
    }

    /// <summary>What the query looks for in <paramref name="field"/>, or null if nothing.</summary>
    private static (IReadOnlyList<HighlightPhrase> Phrases, HashSet<string> Terms, IReadOnlyList<string> Prefixes)? Wanted(HighlightTerms terms, string field)
    {
        var phrases = terms.Phrases(field);
        var prefixes = terms.Prefixes(field);
        if (phrases.Count == 0 && prefixes.Count == 0)
        {
            return null;
        }
        return (phrases, phrases.SelectMany(p => p.Terms).Select(t => t.Term).ToHashSet(StringComparer.Ordinal), prefixes);
    }

    private static void AddMatches(TermOccurrences occurrences, IReadOnlyList<HighlightPhrase> phrases, IReadOnlyList<string> prefixes, List<TextSpan> spans)
    {
        foreach (var phrase in phrases)
        {
            AddPhraseMatches(occurrences, phrase, spans);
        }
        foreach (var prefix in prefixes)
        {
            spans.AddRange(occurrences.WithPrefix(prefix).Select(o => new TextSpan(o.Start, o.End)));
        }
    }

    private static void AddPhraseMatches(TermOccurrences occurrences, HighlightPhrase phrase, List<TextSpan> spans)
    {
        var lists = phrase.Terms.Select(t => occurrences.Of(t.Term)).ToArray();
        if (lists.Any(l => l.Count == 0))
        {
            return;
        }
        foreach (var first in lists[0])
        {
            var start = first.Start;
            var end = first.End;
            var whole = true;
            for (var i = 1; i < lists.Length && whole; i++)
            {
                var wanted = first.Position + phrase.Terms[i].Position;
                var next = lists[i].FirstOrDefault(o => o.Position == wanted);
                whole = next.End > 0;
                start = Math.Min(start, next.Start);
                end = Math.Max(end, next.End);
            }
            if (whole)
            {
                spans.Add(new TextSpan(start, end));
            }
        }
    }

    internal static List<TextSpan> Merge(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }
}
