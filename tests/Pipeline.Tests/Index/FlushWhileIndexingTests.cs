using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Index;

namespace Pipeline.Tests.Index;

/// <summary>
/// A run's last documents are written to segments by the indexing threads as they go
/// (<see cref="IndexWriting.FlushWhileIndexing"/>): segments appear before the commit, yet only the
/// commit makes them part of the index, and a run that stops before it leaves the last commit serving.
/// </summary>
public sealed class FlushWhileIndexingTests : IDisposable
{
    private const int Documents = 40;

    private readonly string _path = Path.Combine(Path.GetTempPath(), "pipeline-flush-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Segments_written_while_indexing_join_the_index_only_at_the_commit()
    {
        using var index = IndexOfOneCommittedDocument();

        using (var writing = WritingThatFlushedSegments(index))
        {
            Assert.Equal(1, CommittedDocuments());
            writing.Commit(null);
        }

        Assert.Equal(1 + Documents, CommittedDocuments());
    }

    [Fact]
    public void A_run_stopped_after_segments_were_written_leaves_the_last_commit_serving()
    {
        using var index = IndexOfOneCommittedDocument();

        WritingThatFlushedSegments(index).Dispose();

        Assert.Equal(1, CommittedDocuments());
        Assert.Equal(1, index.Count);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_path))
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
    }

    // Long texts of varied characters: enough distinct bigrams and words to fill a quarter of the buffer many times over.
    private static string Text(int id)
    {
        var random = new Random(id);
        var chars = new char[12_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 9 == 8 ? ' ' : (char)('\u4E00' + random.Next(0x4000));
        }
        return new string(chars);
    }

    private static IndexedDocument Document(int id, string text) =>
        new(id, null, $"{id}.txt", text.Any(c => c > 0x3000) ? "zh" : "en", null, null, text, []);

    private DocumentIndex IndexOfOneCommittedDocument()
    {
        var index = new DocumentIndex(_path, IndexAnalyzers.CreateDefault());
        using var writing = index.OpenWriting();
        writing.Upsert(Document(1, "Lynas refines NdPr in Malaysia."));
        writing.Commit(null);
        return index;
    }

    /// <summary>A writing that flushes as it goes, after indexing enough on two threads that segments were written outside the commit.</summary>
    private IndexWriting WritingThatFlushedSegments(DocumentIndex index)
    {
        var writing = index.OpenWriting();
        writing.FlushWhileIndexing();
        Parallel.For(2, 2 + Documents, id => writing.Upsert(Document(id, Text(id))));
        Assert.NotEmpty(SegmentsOutsideTheCommit());
        return writing;
    }

    private int CommittedDocuments()
    {
        using var directory = FSDirectory.Open(_path);
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    /// <summary>The segments whose files are on disk but which the last commit does not list.</summary>
    private IReadOnlyList<string> SegmentsOutsideTheCommit()
    {
        var committed = new SegmentInfos();
        using (var directory = FSDirectory.Open(_path))
        {
            committed.Read(directory);
        }
        var listed = committed.Segments.Select(s => s.Info.Name).ToHashSet(StringComparer.Ordinal);
        return [.. System.IO.Directory.GetFiles(_path, "*.si")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !listed.Contains(name))];
    }
}
