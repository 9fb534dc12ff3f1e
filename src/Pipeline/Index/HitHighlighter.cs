using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// Finds where a document matched from the offsets in its term vectors (Lucene.Net's
/// Highlighter package is not available here), so no text is analyzed again at search time.
/// </summary>
public static class HitHighlighter
{
    private static readonly string[] HighlightedFields = [IndexFields.Body, IndexFields.BodyBigrams];

    /// <summary>Matched spans of the original text, sorted, with touching or overlapping spans merged.</summary>
    public static IReadOnlyList<TextSpan> Find(IndexReader reader, int docId, HighlightTerms terms)
    {
        var spans = new List<TextSpan>();
        foreach (var field in HighlightedFields)
        {
            var exact = terms.Exact(field);
            var prefixes = terms.Prefixes(field);
            if (exact.Count == 0 && prefixes.Count == 0)
            {
                continue;
            }
            var vector = reader.GetTermVector(docId, field);
            if (vector is null)
            {
                continue;
            }
            var termsEnum = vector.GetEnumerator();
            foreach (var term in exact)
            {
                if (termsEnum.SeekExact(new BytesRef(term)))
                {
                    AddOffsets(termsEnum, spans);
                }
            }
            foreach (var prefix in prefixes)
            {
                AddPrefixMatches(termsEnum, prefix, spans);
            }
        }
        return Merge(spans);
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
            AddOffsets(termsEnum, spans);
        }
        while (termsEnum.MoveNext());
    }

    private static void AddOffsets(TermsEnum termsEnum, List<TextSpan> spans)
    {
        var positions = termsEnum.DocsAndPositions(null, null);
        if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
        {
            return;
        }
        for (var i = 0; i < positions.Freq; i++)
        {
            positions.NextPosition();
            if (positions.StartOffset >= 0)
            {
                spans.Add(new TextSpan(positions.StartOffset, positions.EndOffset));
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
