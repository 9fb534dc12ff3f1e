using System.Diagnostics;
using System.Text;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Extraction.Entities;
using Pipeline.Ingestion;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Benchmarks.Hostile;

/// <summary>
/// Reading and extraction (decode, clean, language, mentions, claims) of the hostile shapes beside the
/// repository's corpus, on one thread: chars/s of each and its ratio to the corpus's. Issue #14's target:
/// every shape within 3× of the corpus rate.
/// </summary>
internal static class HostileBenchmark
{
    public static int Run(string[] args)
    {
        var kilobytes = 1024;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--kb" && i + 1 < args.Length && int.TryParse(args[++i], out var kb) && kb > 0)
            {
                kilobytes = kb;
            }
            else
            {
                Console.Error.WriteLine($"hostile: unknown or bad argument '{args[i]}' (usage: hostile [--kb N])");
                return 2;
            }
        }
        var analyzer = DocumentAnalyzer.Create(ConfigFolder.Locate(), Lexicon.LoadDefault());
        var corpus = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "corpus"))
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
        Time(analyzer, corpus); // warm up: first calls compile and load tables
        var normal = Time(analyzer, corpus);
        Console.WriteLine($"{"input",-34} {"chars",10} {"seconds",8} {"chars/s",10} {"÷ corpus",8} {"mentions",8} {"claims",7}");
        Print("corpus/ (normal text)", normal, 1);
        foreach (var (name, text) in HostileShapes.All(kilobytes * 1024))
        {
            var figures = Time(analyzer, [("hostile.txt", Encoding.UTF8.GetBytes(text))]);
            Print(name, figures, normal.Rate / figures.Rate);
        }
        return 0;
    }

    private static Figures Time(DocumentAnalyzer analyzer, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        long characters = 0, mentions = 0, claims = 0;
        var clock = Stopwatch.StartNew();
        foreach (var (name, bytes) in files)
        {
            var content = DocumentReader.Read(name, bytes);
            var language = LanguageDetector.Detect(content.Text);
            var analysis = analyzer.Analyze(content.Text, language.Language, content.PublishedOn);
            characters += content.Text.Length;
            mentions += analysis.Mentions.Count;
            claims += analysis.Claims.Count;
        }
        return new(characters, clock.Elapsed, mentions, claims);
    }

    private static void Print(string name, Figures figures, double slower) =>
        Console.WriteLine($"{name,-34} {figures.Characters,10:N0} {figures.Elapsed.TotalSeconds,8:F2} {figures.Rate,10:N0} {slower,7:F1}× {figures.Mentions,8:N0} {figures.Claims,7:N0}");

    private sealed record Figures(long Characters, TimeSpan Elapsed, long Mentions, long Claims)
    {
        public double Rate => Characters / Math.Max(Elapsed.TotalSeconds, 1e-6);
    }
}
