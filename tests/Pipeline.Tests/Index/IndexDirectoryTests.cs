using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.Tests.Index;

/// <summary>
/// The index's files are written through <see cref="ChecksummedFileOutput"/>: byte for byte and
/// checksum for checksum what Lucene's own output writes, so that Lucene, reading its footers,
/// finds every file whole.
/// </summary>
public sealed class IndexDirectoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pipeline-directory-" + Guid.NewGuid().ToString("N"));

    public IndexDirectoryTests() => System.IO.Directory.CreateDirectory(_path);

    [Fact]
    public void A_file_holds_the_bytes_and_checksum_lucene_own_output_gives_them()
    {
        var random = new Random(11);
        // Single bytes, short runs, and runs longer than either output's buffer, across buffer ends.
        var writes = Enumerable.Range(0, 400).Select(i => new byte[i % 7 == 0 ? random.Next(60_000, 200_000) : random.Next(0, 40)]).ToList();
        writes.ForEach(random.NextBytes);

        using var ours = new IndexDirectory(_path);
        using var lucene = new RAMDirectory();
        long ourChecksum, luceneChecksum;
        using (var output = ours.CreateOutput("f", IOContext.DEFAULT))
        using (var reference = lucene.CreateOutput("f", IOContext.DEFAULT))
        {
            foreach (var bytes in writes)
            {
                if (bytes.Length == 1)
                {
                    output.WriteByte(bytes[0]);
                    reference.WriteByte(bytes[0]);
                }
                else
                {
                    output.WriteBytes(bytes, 0, bytes.Length);
                    reference.WriteBytes(bytes, 0, bytes.Length);
                }
                Assert.Equal(reference.Position, output.Position);
            }
            ourChecksum = output.Checksum;
            luceneChecksum = reference.Checksum;
        }

        Assert.Equal(luceneChecksum, ourChecksum);
        Assert.Equal(writes.SelectMany(b => b), File.ReadAllBytes(Path.Combine(_path, "f")));
    }

    [Fact]
    public void An_index_written_merged_and_committed_checks_whole()
    {
        using (var index = new DocumentIndex(_path, IndexAnalyzers.CreateDefault()))
        using (var writing = index.OpenWriting())
        {
            for (var id = 1; id <= 300; id++)
            {
                writing.Upsert(new IndexedDocument(id, $"第{id}篇", "test", "zh", "Hant", null,
                    $"Lynas 萊納斯 精煉 {id} 噸 neodymium oxide, 稀土 {id * 7}", [], ContentHash.Of($"{id}")));
                if (id % 50 == 0)
                {
                    // Several segments, so the merge below reads and rewrites them.
                    writing.Commit(null);
                }
            }
            writing.Commit(null);
        }
        using (var directory = new IndexDirectory(_path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.CreateDefault().PerField) { Codec = new PipelineCodec() }))
        {
            writer.ForceMerge(1);
            writer.Commit();
        }

        using var checking = new IndexDirectory(_path);
        var status = new CheckIndex(checking).DoCheckIndex();
        Assert.True(status.Clean);
        Assert.Equal(300, status.SegmentInfos.Sum(s => s.DocCount));
        // Lucene checks each file's checksum against its footer only when asked.
        using var reader = DirectoryReader.Open(checking);
        foreach (var leaf in reader.Leaves)
        {
            ((SegmentReader)leaf.Reader).CheckIntegrity();
        }
    }

    [Fact]
    public void A_file_made_again_replaces_the_old_one_and_syncs()
    {
        using var directory = new IndexDirectory(_path);
        using (var first = directory.CreateOutput("g", IOContext.DEFAULT))
        {
            first.WriteBytes([1, 2, 3], 0, 3);
        }
        using (var second = directory.CreateOutput("g", IOContext.DEFAULT))
        {
            second.WriteByte(9);
        }
        directory.Sync(["g"]);

        Assert.Equal([9], File.ReadAllBytes(Path.Combine(_path, "g")));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_path))
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
    }
}
