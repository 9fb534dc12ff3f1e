using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Output;
using Pipeline.Extraction.Entities;
using Pipeline.Index;

namespace Pipeline.App.Hosting;

/// <summary>
/// Opens the data directory's index for a run: a damaged one is set aside first (the database
/// holds every document: the catch-up fills the new one), and a segmenter other than
/// config/index.yaml's is pointed out once.
/// </summary>
internal static class IndexOpening
{
    public const string WaitVariable = "PIPELINE_INDEX_WAIT";

    public static DocumentIndex Open(string path, Lexicon lexicon, IndexOptions options)
    {
        var segmenter = options.ChineseSegmenter;
        var wait = WriteWait();
        if (DamagedIndex.SetAsideIfDamaged(path, wait) is { } aside)
        {
            Terminal.Fail($"the index at {path} could not be read ({aside.Reason}); set aside as {aside.Path}, rebuilding it from the database");
        }
        // Lexicon names stay whole in the index's words (ICU splits some, such as 特朗普).
        var index = new DocumentIndex(path, IndexAnalyzers.CreateDefault(lexicon.ProtectedTerms, segmenter, lexicon.IndexedConcepts))
        {
            WriteWait = wait,
        };
        // Words split one way are not found by queries split another: say so once, and how to mend it.
        if (index.BuiltWith is { } built && built != segmenter)
        {
            Terminal.Fail($"the index was built with chinese_analyzer {built.Name()}, config/index.yaml asks for {segmenter.Name()}: `pipeline reindex` rebuilds it");
        }
        // Correct either way (the query then asks for each name of a concept), only slower.
        else if (index.Analyzers.ConceptFingerprint is not null && index.ConceptsMarked == false)
        {
            Terminal.Fail("the index was built before the lexicon's concepts were marked in it, or with other concepts: searches for a concept look for each of its names, more slowly; `pipeline reindex` marks them");
        }
        return index;
    }

    /// <summary>$PIPELINE_INDEX_WAIT: seconds a run waits for another process's index writer.</summary>
    private static TimeSpan WriteWait()
    {
        var text = Environment.GetEnvironmentVariable(WaitVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentIndex.DefaultWriteWait;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new CommandException($"{WaitVariable} must be a number of seconds, not \"{text}\"");
    }
}
