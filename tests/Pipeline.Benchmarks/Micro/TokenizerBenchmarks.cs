using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Index;
using Pipeline.Text;

namespace Pipeline.Benchmarks.Micro;

/// <summary>
/// ICU word segmentation over 100 KB of Chinese and of English text (tokens/s), a short text (the
/// fixed cost each document and each query pays), and the two body fields' whole analysis chains
/// as the index writer runs them.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private const string ShortText = "商务部于2025年10月9日发布公告，对稀土相关技术实施出口管制。";

    private string _short = string.Empty;
    private string _chinese = string.Empty;
    private string _english = string.Empty;
    private IndexAnalyzers? _analyzers;

    [GlobalSetup]
    public void Setup()
    {
        _short = ShortText;
        _chinese = MicroTexts.Article(ArticleKind.Simplified);
        _english = MicroTexts.Article(ArticleKind.English);
        _analyzers = IndexAnalyzers.CreateDefault();
        ThroughputColumn.Register(nameof(ChineseTokenizer), Tokenize(_chinese), "tokens");
        ThroughputColumn.Register(nameof(EnglishTokenizer), Tokenize(_english), "tokens");
        ThroughputColumn.Register(nameof(ShortTextTokenizer), Tokenize(ShortText), "tokens");
        ThroughputColumn.Register(nameof(ChineseWordField), _chinese.Length, "chars");
        ThroughputColumn.Register(nameof(ChineseBigramField), _chinese.Length, "chars");
        ThroughputColumn.Register(nameof(EnglishWordField), _english.Length, "chars");
        ThroughputColumn.Register(nameof(EnglishBigramField), _english.Length, "chars");
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzers?.Dispose();

    [Benchmark]
    public int ChineseTokenizer() => Tokenize(_chinese);

    [Benchmark]
    public int EnglishTokenizer() => Tokenize(_english);

    [Benchmark]
    public int ShortTextTokenizer() => Tokenize(_short);

    [Benchmark]
    public int ChineseWordField() => Analyze(_analyzers!.Words, IndexFields.Body, _chinese);

    [Benchmark]
    public int ChineseBigramField() => Analyze(_analyzers!.Bigrams, IndexFields.BodyBigrams, _chinese);

    [Benchmark]
    public int EnglishWordField() => Analyze(_analyzers!.Words, IndexFields.Body, _english);

    [Benchmark]
    public int EnglishBigramField() => Analyze(_analyzers!.Bigrams, IndexFields.BodyBigrams, _english);

    /// <summary>A new tokenizer per text, as the index writer gets one per field of each document.</summary>
    private static int Tokenize(string text)
    {
        using var tokenizer = new WordTokenizer(new StringReader(text), TextNormalizer.Default, ProtectedTerms.None);
        return Consume(tokenizer);
    }

    /// <summary>The analyzer's reused chain, as the index writer drives it for one field.</summary>
    private static int Analyze(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        return Consume(stream);
    }

    private static int Consume(TokenStream stream)
    {
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count++;
        }
        stream.End();
        return count;
    }
}
