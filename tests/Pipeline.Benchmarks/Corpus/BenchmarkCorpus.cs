using System.Text;

namespace Pipeline.Benchmarks.Corpus;

/// <summary>
/// Generates the large benchmark corpus, deterministically (fixed seed): articles of 2-20 KB,
/// about 60% Chinese (both scripts) and 40% English by characters. Of the Chinese files about
/// one in ten is GB18030 and one in ten Big5 (Traditional text only, and only when Big5 can
/// encode all of it); the rest are UTF-8.
/// </summary>
internal static class BenchmarkCorpus
{
    public const int Seed = 20251009;
    public const string Utf8 = "utf-8";
    public const string Gb18030 = "gb18030";
    public const string Big5 = "big5";

    private const double ChineseShare = 0.6;
    private const int MinFileBytes = 2 * 1024;
    private const int MaxFileBytes = 20 * 1024;

    public static CorpusStats Generate(string directory, long minimumBytes, SentencePool pool)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encodings = new Dictionary<string, Encoding>
        {
            [Utf8] = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            [Gb18030] = StrictEncoding(Gb18030),
            [Big5] = StrictEncoding(Big5),
        };
        Directory.CreateDirectory(directory);
        var random = new Random(Seed);
        var builder = new ArticleBuilder(pool, random);
        var files = new List<GeneratedFile>();
        long bytes = 0, chineseChars = 0, allChars = 0;
        for (var id = 1; bytes < minimumBytes; id++)
        {
            var kind = chineseChars < ChineseShare * allChars || allChars == 0
                ? (random.NextDouble() < 0.5 ? ArticleKind.Simplified : ArticleKind.Traditional)
                : ArticleKind.English;
            var encoding = ChooseEncoding(kind, random);
            var text = builder.Build(kind, id, random.Next(MinFileBytes, MaxFileBytes), MaxFileBytes, encoding == Utf8 ? 3 : 2, big5Only: encoding == Big5);
            var content = Encode(text, ref encoding, encodings);
            var path = Path.Combine(directory, $"{id:D5}_{kind.ToString().ToLowerInvariant()}.txt");
            File.WriteAllBytes(path, content);
            files.Add(new GeneratedFile(path, kind, encoding, content.Length, text.Length));
            bytes += content.Length;
            allChars += text.Length;
            chineseChars += kind == ArticleKind.English ? 0 : text.Length;
        }
        return new CorpusStats(directory, files);
    }

    /// <summary>The named encoding, throwing instead of writing '?' for a character it cannot spell.</summary>
    public static Encoding StrictEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string ChooseEncoding(ArticleKind kind, Random random)
    {
        var draw = random.NextDouble();
        return kind switch
        {
            ArticleKind.English => Utf8,
            _ when draw < 0.1 => Gb18030,
            // Half of the Chinese files are Traditional: one in five of them in Big5 is one in ten overall.
            ArticleKind.Traditional when draw < 0.3 => Big5,
            _ => Utf8,
        };
    }

    /// <summary>The text in the chosen encoding; UTF-8 instead when Big5 cannot spell a character.</summary>
    private static byte[] Encode(string text, ref string encoding, Dictionary<string, Encoding> encodings)
    {
        try
        {
            return encodings[encoding].GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            encoding = Utf8;
            return encodings[Utf8].GetBytes(text);
        }
    }
}
