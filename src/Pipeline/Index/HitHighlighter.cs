using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>
/// Finds where a document matched: for the word and entity fields from the positions and offsets in their
/// term vectors (Lucene.Net's Highlighter package is not available here), so no text is analyzed again
/// at search time; for the CJK bigram field, which has no term vectors, by searching the
/// normalized text (<see cref="BigramHighlighter"/>). A phrase is marked only where its terms stand together.
/// </summary>
public static class HitHighlighter
{
    private static readonly string[] VectorFields = [IndexFields.Body, IndexFields.Entity];

    /// <summary>Matched spans of the original <paramref name="text"/>, sorted, with touching or overlapping spans merged.</summary>
    public static IReadOnlyList<TextSpan> Find(IndexReader reader, int docId, HighlightTerms terms, string text, TextNormalizer normalizer)
    {
        var spans = new List<TextSpan>();
        var bigramPhrases = terms.Phrases(IndexFields.BodyBigrams);
        var bigramPrefixes = terms.Prefixes(IndexFields.BodyBigrams);
        if (bigramPhrases.Count > 0 || bigramPrefixes.Count > 0)
        {
            BigramHighlighter.Find(normalizer.Normalize(text), bigramPhrases, bigramPrefixes, spans);
        }
        foreach (var field in VectorFields)
        {
            var phrases = terms.Phrases(field);
            var prefixes = terms.Prefixes(field);
            if ((phrases.Count == 0 && prefixes.Count == 0) || reader.GetTermVector(docId, field) is not { } vector)
            {
                continue;
            }
            var termsEnum = vector.GetEnumerator();
            var occurrences = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
            foreach (var phrase in phrases)
            {
                AddPhraseMatches(termsEnum, phrase, occurrences, spans);
            }
            foreach (var prefix in prefixes)
            {
                AddPrefixMatches(termsEnum, prefix, spans);
            }
        }
        return Merge(spans);
    }

    private static void AddPhraseMatches(
        TermsEnum termsEnum, HighlightPhrase phrase, Dictionary<string, List<Occurrence>> occurrences, List<TextSpan> spans)
    {
        var lists = new List<Occurrence>[phrase.Terms.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            var term = phrase.Terms[i].Term;
            if (!occurrences.TryGetValue(term, out var list))
            {
                occurrences[term] = list = termsEnum.SeekExact(new BytesRef(term)) ? Read(termsEnum) : [];
            }
            if (list.Count == 0)
            {
                return;
            }
            lists[i] = list;
        }
        foreach (var first in lists[0])
        {
            var start = first.Start;
            var end = first.End;
            var whole = true;
            for (var i = 1; i < lists.Length && whole; i++)
            {
                var wanted = first.Position + phrase.Terms[i].Position;
                var next = lists[i].Find(o => o.Position == wanted);
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

    private static void AddPrefixMatches(TermsEnum termsEnum, string prefix, List<TextSpan> spans)
    {
        var start = new BytesRef(prefix);
        if (termsEnum.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return;
        }
        do
        {
            if (!StringHelper.StartsWith(termsEnum.Term, start))
            {
                return;
            }
            spans.AddRange(Read(termsEnum).Select(o => new TextSpan(o.Start, o.End)));
        }
        while (termsEnum.MoveNext());
    }

    private static List<Occurrence> Read(TermsEnum termsEnum)
    {
        var found = new List<Occurrence>();
        var positions = termsEnum.DocsAndPositions(null, null);
        if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
        {
            return found;
        }
        for (var i = 0; i < positions.Freq; i++)
        {
            var position = positions.NextPosition();
            if (positions.StartOffset >= 0)
            {
                found.Add(new Occurrence(position, positions.StartOffset, positions.EndOffset));
            }
        }
        return found;
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

    private readonly record struct Occurrence(int Position, int Start, int End);
}
