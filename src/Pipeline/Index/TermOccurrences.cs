using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// Where in one document the terms a query looks for occur: token position and offsets into the
/// original text, for the wanted terms and for every term that starts with a wanted prefix.
/// </summary>
internal sealed class TermOccurrences
{
    private readonly Dictionary<string, List<Occurrence>> _byTerm = new(StringComparer.Ordinal);

    /// <summary>Occurrences read from a field's term vector (stored at index time).</summary>
    public static TermOccurrences FromTermVector(Terms vector, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes)
    {
        var found = new TermOccurrences();
        var termsEnum = vector.GetEnumerator();
        foreach (var term in terms)
        {
            if (termsEnum.SeekExact(new BytesRef(term)))
            {
                found.Add(term, termsEnum);
            }
        }
        foreach (var prefix in prefixes)
        {
            var start = new BytesRef(prefix);
            if (termsEnum.SeekCeil(start) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            do
            {
                if (!StringHelper.StartsWith(termsEnum.Term, start))
                {
                    break;
                }
                found.Add(termsEnum.Term.Utf8ToString(), termsEnum);
            }
            while (termsEnum.MoveNext());
        }
        return found;
    }

    /// <summary>
    /// Occurrences found by analyzing the text again, as the field was analyzed when indexed: the
    /// same terms, positions and offsets as a term vector would hold, at a search-time cost instead
    /// of an index-time one.
    /// </summary>
    public static TermOccurrences FromAnalysis(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes)
    {
        var found = new TermOccurrences();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var value = term.ToString();
            if (terms.Contains(value) || prefixes.Any(p => value.StartsWith(p, StringComparison.Ordinal)))
            {
                found.Add(value, new Occurrence(position, offset.StartOffset, offset.EndOffset));
            }
        }
        stream.End();
        return found;
    }

    /// <summary>Where <paramref name="term"/> occurs, in position order; empty if nowhere.</summary>
    public IReadOnlyList<Occurrence> Of(string term) =>
        _byTerm.TryGetValue(term, out var list) ? list : [];

    /// <summary>Every occurrence of every found term that starts with <paramref name="prefix"/>.</summary>
    public IEnumerable<Occurrence> WithPrefix(string prefix) =>
        _byTerm.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(e => e.Value);

    private void Add(string term, Occurrence occurrence)
    {
        if (!_byTerm.TryGetValue(term, out var list))
        {
            _byTerm[term] = list = [];
        }
        list.Add(occurrence);
    }

    private void Add(string term, TermsEnum termsEnum)
    {
        var positions = termsEnum.DocsAndPositions(null, null);
        if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
        {
            return;
        }
        for (var i = 0; i < positions.Freq; i++)
        {
            var position = positions.NextPosition();
            if (positions.StartOffset >= 0)
            {
                Add(term, new Occurrence(position, positions.StartOffset, positions.EndOffset));
            }
        }
    }

    internal readonly record struct Occurrence(int Position, int Start, int End);
}
