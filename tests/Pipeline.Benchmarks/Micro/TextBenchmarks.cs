using BenchmarkDotNet.Attributes;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Text;

namespace Pipeline.Benchmarks.Micro;

/// <summary>The text stages before indexing, over 100 KB of article text: decode (GB18030), clean, detect, normalize.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _chinese = string.Empty;
    private string _traditional = string.Empty;
    private string _english = string.Empty;
    private byte[] _gb18030 = [];

    [GlobalSetup]
    public void Setup()
    {
        _chinese = MicroTexts.Article(ArticleKind.Simplified);
        _traditional = MicroTexts.Article(ArticleKind.Traditional);
        _english = MicroTexts.Article(ArticleKind.English);
        _gb18030 = MicroTexts.Gb18030(_chinese);
        ThroughputColumn.Register(nameof(DecodeGb18030), _chinese.Length, "chars");
        ThroughputColumn.Register(nameof(CleanChinese), _chinese.Length, "chars");
        ThroughputColumn.Register(nameof(CleanEnglish), _english.Length, "chars");
        ThroughputColumn.Register(nameof(DetectLanguage), _traditional.Length, "chars");
        ThroughputColumn.Register(nameof(NormalizeTraditional), _traditional.Length, "chars");
        ThroughputColumn.Register(nameof(NormalizeEnglish), _english.Length, "chars");
    }

    [Benchmark]
    public string DecodeGb18030() => TextDecoder.Decode(_gb18030);

    [Benchmark]
    public string CleanChinese() => TextCleaner.Clean(_chinese);

    [Benchmark]
    public string CleanEnglish() => TextCleaner.Clean(_english);

    [Benchmark]
    public TextLanguage DetectLanguage() => LanguageDetector.Detect(_traditional);

    [Benchmark]
    public NormalizedText NormalizeTraditional() => TextNormalizer.Default.Normalize(_traditional);

    [Benchmark]
    public NormalizedText NormalizeEnglish() => TextNormalizer.Default.Normalize(_english);
}
