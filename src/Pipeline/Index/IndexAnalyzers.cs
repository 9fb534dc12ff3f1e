using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>The analyzers of every field, shared by indexing, querying and highlighting.</summary>
public sealed class IndexAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // The index's own analyzers (the writer's wrapper and what it routes to), disposed with these.
    private readonly List<Analyzer> _indexOnly = [];

    public IndexAnalyzers(TextNormalizer normalizer, ProtectedTerms protectedTerms, ChineseSegmenter segmenter = ChineseSegmenter.Characters,
        IReadOnlyList<IndexedConcept>? concepts = null)
    {
        Normalizer = normalizer;
        ProtectedTerms = protectedTerms;
        Segmenter = segmenter;
        Words = new WordAnalyzer(normalizer, protectedTerms, segmenter);
        Bigrams = new BigramAnalyzer(normalizer);
        Keywords = new KeywordFoldingAnalyzer();
        var perField = new Dictionary<string, Analyzer> { [IndexFields.BodyBigrams] = Bigrams };
        foreach (var field in IndexFields.Keywords)
        {
            perField[field] = Keywords;
        }
        PerField = new PerFieldAnalyzerWrapper(Words, perField);

        // Word-read fields and the bigram field each mark the names their own tokens spell; the
        // word fields before stemming, since names match by inflection (ConceptWordForms).
        using var names = new WordAnalyzer(normalizer, protectedTerms, segmenter, stem: false);
        var wordRules = WordConcepts = ConceptRules.Of(concepts ?? [], names, IndexFields.Body);
        var bigramRules = ConceptRules.Of(concepts ?? [], Bigrams, IndexFields.BodyBigrams);
        ConceptFingerprint = wordRules.IsEmpty && bigramRules.IsEmpty ? null : ConceptRules.Fingerprint(wordRules, bigramRules);
        Indexing = IndexingPerField(perField, wordRules, bigramRules);
    }

    /// <summary>
    /// The writer's analyzers: each field read as queries read it, with the concepts its tokens
    /// name marked. With <c>characters</c>, a token for each Han character in the word field as well
    /// as a gram starting with it in the bigram field cost half of indexing Chinese, and only a
    /// query for one character needs it: it looks for the grams that start with that character
    /// (<see cref="SearchQueryParser"/>). Titles keep their characters, for the title's phrases.
    /// </summary>
    private PerFieldAnalyzerWrapper IndexingPerField(Dictionary<string, Analyzer> perField, ConceptRules wordRules, ConceptRules bigramRules)
    {
        var characters = Segmenter == ChineseSegmenter.Characters;
        var titles = new WordAnalyzer(Normalizer, ProtectedTerms, Segmenter, concepts: wordRules);
        var body = new WordAnalyzer(Normalizer, ProtectedTerms, Segmenter, loneHan: !characters, concepts: wordRules);
        var bigrams = new BigramAnalyzer(Normalizer, runEndsAlone: characters, concepts: bigramRules);
        var indexing = new PerFieldAnalyzerWrapper(titles, new Dictionary<string, Analyzer>(perField)
        {
            [IndexFields.Body] = body,
            [IndexFields.BodyBigrams] = bigrams,
        });
        _indexOnly.AddRange([indexing, titles, body, bigrams]);
        return indexing;
    }

    public static IndexAnalyzers CreateDefault(ProtectedTerms? protectedTerms = null, ChineseSegmenter segmenter = ChineseSegmenter.Characters,
        IReadOnlyList<IndexedConcept>? concepts = null) =>
        new(TextNormalizer.Default, protectedTerms ?? ProtectedTerms.None, segmenter, concepts);

    /// <summary>How the word field splits Chinese text.</summary>
    public ChineseSegmenter Segmenter { get; }

    /// <summary>The lexicon's names the word field keeps whole.</summary>
    public ProtectedTerms ProtectedTerms { get; }

    /// <summary>The normalization every analyzer applies; highlighting applies it to a hit's text.</summary>
    public TextNormalizer Normalizer { get; }

    public Analyzer Words { get; }

    /// <summary>How the index marks concepts in the word fields: where highlighting reads a hit for them.</summary>
    public ConceptRules WordConcepts { get; }

    public Analyzer Bigrams { get; }

    public Analyzer Keywords { get; }

    /// <summary>Routes each field to its analyzer; what the query parser and highlighting use.</summary>
    public Analyzer PerField { get; }

    /// <summary>What the writer uses: the fields read as <see cref="PerField"/> reads them, with the lexicon's concepts marked where a text names them.</summary>
    public Analyzer Indexing { get; }

    /// <summary>
    /// A hash of how <see cref="Indexing"/> marks concepts, kept with each commit: an index marked
    /// the same way is searched for a concept's term, any other for each of its names. Null without concepts.
    /// </summary>
    public string? ConceptFingerprint { get; }

    public void Dispose()
    {
        foreach (var analyzer in (Analyzer[])[.. _indexOnly, PerField, Words, Bigrams, Keywords])
        {
            analyzer.Dispose();
        }
    }
}
