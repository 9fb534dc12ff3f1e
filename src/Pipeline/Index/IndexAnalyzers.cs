using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>The analyzers of every field, shared by indexing, querying and highlighting.</summary>
public sealed class IndexAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // With `characters`, the index's own analyzers of the body and bigram fields, and the wrapper
    // that routes to them (see CharacterIndexing); none with a segmenter.
    private readonly PerFieldAnalyzerWrapper? _indexedPerField;
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
        _indexedPerField = segmenter == ChineseSegmenter.Characters ? CharacterIndexing(perField) : null;
        var indexedPerField = _indexedPerField ?? PerField;

        // Word-read fields and the bigram field each mark the names their own tokens spell.
        var wordRules = ConceptRules.Of(concepts ?? [], Words, IndexFields.Body);
        var bigramRules = ConceptRules.Of(concepts ?? [], Bigrams, IndexFields.BodyBigrams);
        if (!wordRules.IsEmpty || !bigramRules.IsEmpty)
        {
            ConceptFingerprint = ConceptRules.Fingerprint(wordRules, bigramRules);
            Indexing = new ConceptMarkingAnalyzer(indexedPerField, new Dictionary<string, ConceptRules>
            {
                [IndexFields.Title] = wordRules,
                [IndexFields.Body] = wordRules,
                [IndexFields.BodyBigrams] = bigramRules,
            });
        }
        else
        {
            Indexing = indexedPerField;
        }
    }

    /// <summary>
    /// The index's analyzers with <c>characters</c>: a token for each Han character in the word field
    /// as well as a gram starting with it in the bigram field cost half of indexing Chinese, and only
    /// a query for one character needs it: it looks for the grams that start with that character
    /// (<see cref="SearchQueryParser"/>). Titles keep their characters, for the title's phrases.
    /// </summary>
    private PerFieldAnalyzerWrapper CharacterIndexing(Dictionary<string, Analyzer> perField)
    {
        var body = new WordAnalyzer(Normalizer, ProtectedTerms, Segmenter, loneHan: false);
        var bigrams = new BigramAnalyzer(Normalizer, runEndsAlone: true);
        _indexOnly.AddRange([body, bigrams]);
        return new PerFieldAnalyzerWrapper(Words, new Dictionary<string, Analyzer>(perField)
        {
            [IndexFields.Body] = body,
            [IndexFields.BodyBigrams] = bigrams,
        });
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

    public Analyzer Bigrams { get; }

    public Analyzer Keywords { get; }

    /// <summary>Routes each field to its analyzer; what the query parser and highlighting use.</summary>
    public Analyzer PerField { get; }

    /// <summary>What the writer uses: <see cref="PerField"/>, with the lexicon's concepts marked where a text names them.</summary>
    public Analyzer Indexing { get; }

    /// <summary>
    /// A hash of how <see cref="Indexing"/> marks concepts, kept with each commit: an index marked
    /// the same way is searched for a concept's term, any other for each of its names. Null without concepts.
    /// </summary>
    public string? ConceptFingerprint { get; }

    public void Dispose()
    {
        // Each once: Indexing is one of the wrappers when no concepts are marked.
        Analyzer?[] all = [Indexing, _indexedPerField, .. _indexOnly, PerField, Words, Bigrams, Keywords];
        foreach (var analyzer in all.OfType<Analyzer>().Distinct<Analyzer>(ReferenceEqualityComparer.Instance))
        {
            analyzer.Dispose();
        }
    }
}
