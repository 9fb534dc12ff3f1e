namespace Pipeline.Tests.Infrastructure;

/// <summary>The sample articles in the repository's corpus/ folder, found from the test binaries.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<string> FolderPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }
        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository's corpus/ folder.</summary>
    public static string Folder => FolderPath.Value;

    /// <summary>The hand-annotated real articles of the evaluation, read where they lie (never copied into the repository).</summary>
    public const string DevNewsFolder = "/work/shared/eval/dev-news/articles";

    /// <summary>Every file of corpus/ and of the dev-news articles, in that order.</summary>
    public static IReadOnlyList<string> CorpusAndDevNewsFiles() =>
        [.. Directory.GetFiles(Folder), .. Directory.GetFiles(DevNewsFolder)];

    /// <summary>The repository's config/ folder: lexicon and claim attributes.</summary>
    public static string ConfigFolder => Path.Combine(Path.GetDirectoryName(FolderPath.Value)!, "config");

    /// <summary>The seed whose file name starts with <paramref name="number"/> ("000" to "004"), as UTF-8 text.</summary>
    public static string Read(string number) => File.ReadAllText(PathOf(number));

    public static string PathOf(string number) =>
        Directory.GetFiles(FolderPath.Value, number + "_*.txt").Single();
}
