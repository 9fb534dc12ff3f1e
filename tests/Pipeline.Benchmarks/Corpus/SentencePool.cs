using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Benchmarks.Corpus;

/// <summary>
/// The sentences of the repository's sample articles (corpus/), read the way ingestion reads
/// them and sorted by kind: Simplified, Traditional, English.
/// </summary>
internal sealed partial class SentencePool
{
    private const int MinSentenceLength = 12;

    private readonly Dictionary<ArticleKind, List<string>> _sentences = new()
    {
        [ArticleKind.Simplified] = [],
        [ArticleKind.Traditional] = [],
        [ArticleKind.English] = [],
    };

    private readonly Dictionary<ArticleKind, List<string>> _big5 = [];

    public IReadOnlyList<string> Of(ArticleKind kind) => _sentences[kind];

    /// <summary>The sentences Big5 can spell (Traditional text may hold a character Big5 lacks, such as 着).</summary>
    public IReadOnlyList<string> Big5Of(ArticleKind kind)
    {
        lock (_big5)
        {
            if (!_big5.TryGetValue(kind, out var sentences))
            {
                var big5 = BenchmarkCorpus.StrictEncoding(BenchmarkCorpus.Big5);
                _big5[kind] = sentences = [.. _sentences[kind].Where(s => CanEncode(big5, s))];
            }
            return sentences;
        }
    }

    private static bool CanEncode(Encoding encoding, string text)
    {
        try
        {
            encoding.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    public static SentencePool Load(string corpusDirectory)
    {
        var pool = new SentencePool();
        foreach (var file in SourceFiles.Expand([corpusDirectory]))
        {
            var text = DocumentReader.Read(file, File.ReadAllBytes(file)).Text;
            var language = LanguageDetector.Detect(text);
            var kind = language.Language == "en" ? ArticleKind.English
                : language.Script == "Hant" ? ArticleKind.Traditional : ArticleKind.Simplified;
            foreach (var paragraph in text.Split("\n\n"))
            {
                // Tables, headings and bylines make poor prose to recombine.
                if (paragraph.Length < 40 || paragraph[0] is '|' or '#' or '*' or '-')
                {
                    continue;
                }
                var sentences = kind == ArticleKind.English ? EnglishSentenceEnd().Split(paragraph) : ChineseSentenceEnd().Split(paragraph);
                pool._sentences[kind].AddRange(sentences.Select(s => s.Trim()).Where(s => s.Length >= MinSentenceLength));
            }
        }
        foreach (var (kind, sentences) in pool._sentences)
        {
            if (sentences.Count == 0)
            {
                throw new InvalidOperationException($"no {kind} sentences in {corpusDirectory}");
            }
        }
        return pool;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“])")]
    private static partial Regex EnglishSentenceEnd();

    [GeneratedRegex(@"(?<=[。！？])")]
    private static partial Regex ChineseSentenceEnd();
}
