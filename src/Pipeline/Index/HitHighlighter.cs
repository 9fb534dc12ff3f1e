using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Pipeline.Index;

/// <summary>
/// Finds where a document matched with Lucene's highlighter (QueryScorer marks a phrase only where
/// its words stand together, and scores fragments by the query terms they hold), field by field,
/// with no term vectors, which cost more at index time than all the rest of indexing:
/// <list type="bullet">
/// <item>words and CJK bigrams: the hit's text is analyzed again; both analyzers give offsets
/// into the original text (folding to Simplified changes no character's place), so a mark lands
/// on the characters as written;</item>
/// <item>entities, whose tokens come from extraction rather than the text: the spans stored
/// with the document, replayed as the tokens that were indexed.</item>
/// </list>
/// </summary>
public static class HitHighlighter
{
    public static Highlighting Find(Query query, string text, string? entitySpans, IndexAnalyzers analyzers, int fragmentWidth = SnippetBuilder.DefaultWidth)
    {
        var (named, wholes) = FamilyWholes.Split(query);
        var found = FindOwn(named, text, entitySpans, analyzers, fragmentWidth);
        return found.Spans.Count == 0 && wholes is not null ? FindOwn(wholes, text, entitySpans, analyzers, fragmentWidth) : found;
    }

    private static Highlighting FindOwn(Query query, string text, string? entitySpans, IndexAnalyzers analyzers, int fragmentWidth)
    {
        var fields = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        CollectTerms(query, fields);
        var spans = new List<TextSpan>();
        (TextSpan Span, float Score)? best = null;
        var bigrams = fields.ContainsKey(IndexFields.BodyBigrams) && BigramAnalyzer.MakesGrams(text);
        if (fields.TryGetValue(IndexFields.Body, out var words) && !(bigrams && words.All(IsHanWord)))
        {
            Mark(query, IndexFields.Body, analyzers.Words.GetTokenStream(IndexFields.Body, text), text, fragmentWidth, spans, ref best);
        }
        if (bigrams)
        {
            Mark(query, IndexFields.BodyBigrams, analyzers.Bigrams.GetTokenStream(IndexFields.BodyBigrams, text), text, fragmentWidth, spans, ref best);
        }
        if (fields.ContainsKey(IndexFields.Entity) && !string.IsNullOrEmpty(entitySpans))
        {
            Mark(query, IndexFields.Entity, new EntityTokens([.. EntitySpans.Decode(entitySpans)]), text, fragmentWidth, spans, ref best);
        }
        return new Highlighting(Merge(spans, text), best?.Span);
    }

    /// <summary>Adds the spans <paramref name="tokens"/> match in <paramref name="field"/>, and keeps the best-scored fragment of all fields.</summary>
    private static void Mark(Query query, string field, TokenStream tokens, string text, int fragmentWidth, List<TextSpan> spans, ref (TextSpan Span, float Score)? best)
    {
        var scorer = new QueryScorer(query, field);
        var recorder = new SpanRecorder();
        var fragments = new FragmentStarts(new SimpleSpanFragmenter(scorer, fragmentWidth));
        var highlighter = new Highlighter(recorder, scorer)
        {
            TextFragmenter = fragments,
            // The whole document: the document view shows every match, not only a snippet's.
            MaxDocCharsToAnalyze = Math.Max(text.Length, Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE),
        };
        var fragment = highlighter.GetBestTextFragments(tokens, text, mergeContiguousFragments: false, maxNumFragments: 1).FirstOrDefault();
        spans.AddRange(recorder.Spans);
        if (fragment is not null && (best is null || fragment.Score > best.Value.Score))
        {
            best = (fragments.Span(fragment.FragNum, text.Length), fragment.Score);
        }
    }

    /// <summary>
    /// Whether a term of the word field is Chinese of two characters or more: the bigram field
    /// marks the same characters wherever they stand, so segmenting the hit's whole text again
    /// (the dearest step of highlighting) would add nothing. A lone character is a word only where
    /// the segmenter made it one, and a prefix (null here) only the analyzer expands.
    /// </summary>
    private static bool IsHanWord(string? term) => term is { Length: >= 2 } && term.All(WordTokenizer.IsHan);

    /// <summary>The terms a query looks for, by field, leaving out what is under NOT (null for a prefix or other pattern).</summary>
    private static void CollectTerms(Query query, Dictionary<string, List<string?>> fields)
    {
        switch (query)
        {
            case TermQuery term:
                Add(fields, term.Term.Field, term.Term.Text);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    Add(fields, term.Field, term.Text);
                }
                break;
            case MultiPhraseQuery multiPhrase:
                foreach (var term in multiPhrase.GetTermArrays().SelectMany(t => t))
                {
                    Add(fields, term.Field, term.Text);
                }
                break;
            case MultiTermQuery multiTerm:
                Add(fields, multiTerm.Field, null);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    CollectTerms(clause.Query, fields);
                }
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction)
                {
                    CollectTerms(disjunct, fields);
                }
                break;
        }
    }

    private static void Add(Dictionary<string, List<string?>> fields, string field, string? term)
    {
        if (!fields.TryGetValue(field, out var terms))
        {
            fields[field] = terms = [];
        }
        terms.Add(term);
    }

    /// <summary>
    /// Sorted, with overlapping spans (a word and the bigrams over it) made one, and so are spans
    /// with only spaces between them: the highlighter marks a phrase word by word, a reader sees it whole.
    /// </summary>
    internal static List<TextSpan> Merge(List<TextSpan> spans, string text)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && (span.Start <= merged[^1].End || text.AsSpan(merged[^1].End, span.Start - merged[^1].End).IsWhiteSpace()))
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
