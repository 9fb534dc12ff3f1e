using System.Text;
using Pipeline.Benchmarks.Corpus;

namespace Pipeline.Benchmarks.Micro;

/// <summary>The micro-benchmarks' inputs: about 100 KB (UTF-8) of generated Chinese and of English article text.</summary>
internal static class MicroTexts
{
    public const int TargetBytes = 100 * 1024;

    private static readonly Lazy<SentencePool> Pool = new(() => SentencePool.Load(Path.Combine(RepositoryRoot.Find(), "corpus")));

    /// <summary>Raw article text as a file would hold it: title, date line, paragraphs separated by blank lines.</summary>
    public static string Article(ArticleKind kind) =>
        new ArticleBuilder(Pool.Value, new Random(BenchmarkCorpus.Seed)).Build(kind, 1, TargetBytes, TargetBytes + 4096, kind == ArticleKind.English ? 1 : 3);

    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(BenchmarkCorpus.Gb18030).GetBytes(text);
    }
}
