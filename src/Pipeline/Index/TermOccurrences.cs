using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Index;

/// <summary>
/// Where in one document the terms a query looks for occur: token position and offsets into the
/// original text, for the wanted terms and for every term that starts with a wanted prefix.
/// </summary>
internal sealed class TermOccurrences
{
    private readonly Dictionary<string, List<Occurrence>> _byTerm = new(StringComparer.Ordinal);

    /// <summary>Occurrences of entity ids, from the spans stored with the document; the n-th is at position n, as indexed.</summary>
    public static TermOccurrences FromEntitySpans(IEnumerable<EntityOccurrence> spans, HashSet<string> terms, IReadOnlyList<string> prefixes)
    {
        var found = new TermOccurrences();
        var wanted = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var position = 0;
        foreach (var (id, start, end) in spans)
        {
            if (Wanted(id, wanted, prefixes) is not null)
            {
                found.Add(id, new Occurrence(position, start, end));
            }
            position++;
        }
        return found;
    }

    /// <summary>
    /// Occurrences found by analyzing the text again, as the field was analyzed when indexed: the
    /// same terms, positions and offsets as a term vector would hold, at a search-time cost instead
    /// of an index-time one. Only <paramref name="stretches"/> of the text are read (<see cref="WordStretches"/>;
    /// the whole text is one stretch): positions are the whole text's within a stretch, and leap
    /// between stretches, so no phrase spans a gap.
    /// </summary>
    public static TermOccurrences FromAnalysis(Analyzer analyzer, string field, string text, IReadOnlyList<(int Start, int End)> stretches,
        HashSet<string> terms, IReadOnlyList<string> prefixes)
    {
        var found = new TermOccurrences();
        // Tokens are looked up as the analyzer's buffer (the set compares ordinally): a string only for the few that are wanted.
        var wanted = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var position = -1;
        foreach (var (start, end) in stretches)
        {
            using var stream = analyzer.GetTokenStream(field, start == 0 && end == text.Length ? text : text[start..end]);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                if (Wanted(term.Buffer.AsSpan(0, term.Length), wanted, prefixes) is { } value)
                {
                    found.Add(value, new Occurrence(position, start + offset.StartOffset, start + offset.EndOffset));
                }
            }
            stream.End();
            position += StretchGap;
        }
        return found;
    }

    // Farther apart than the terms of any phrase a query holds.
    private const int StretchGap = 1 << 12;

    /// <summary>The token as a string when it is wanted (the query's own string for a term); null when it is not.</summary>
    // A loop, not Any with a lambda: the lambda's closure would be allocated for every token.
    private static string? Wanted(ReadOnlySpan<char> token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> terms, IReadOnlyList<string> prefixes)
    {
        if (terms.TryGetValue(token, out var term))
        {
            return term;
        }
        foreach (var prefix in prefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return token.ToString();
            }
        }
        return null;
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

    internal readonly record struct Occurrence(int Position, int Start, int End);
}
