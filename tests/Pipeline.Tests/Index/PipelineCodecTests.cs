using System.Globalization;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Index;

namespace Pipeline.Tests.Index;

/// <summary>
/// The index's stored fields go through K4os's LZ4 (<see cref="PipelineCodec"/>): every text reads
/// back as written, and an index written with Lucene's own codec is read, added to and merged.
/// </summary>
public sealed class PipelineCodecTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pipeline-codec-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Texts_short_and_long_read_back_as_written()
    {
        var random = new Random(7);
        var texts = new Dictionary<int, string>
        {
            [1] = "x",
            [2] = "Lynas refines NdPr in Malaysia.",
            // Longer than a chunk, in three bytes a character, and text that barely compresses.
            [3] = string.Concat(Enumerable.Range(0, 60_000).Select(i => (char)('\u4E00' + random.Next(0x5000)))),
            [4] = string.Concat(Enumerable.Repeat("稀土精煉 𠀀 price floor; ", 2_000)),
        };
        using (var index = new DocumentIndex(_path, IndexAnalyzers.CreateDefault()))
        {
            Add(index, texts);
            Assert.Equal(texts, StoredTexts(index));
        }

        Assert.All(SegmentInfos(), s => Assert.Equal(PipelineCodec.CodecId, s.Info.Codec.Name));
    }

    [Fact]
    public void An_index_of_lucene_own_codec_is_read_added_to_and_merged()
    {
        var first = new Dictionary<int, string> { [1] = "MP Materials 稀土 精炼", [2] = string.Concat(Enumerable.Repeat("鏑 dysprosium ", 3_000)) };
        using (var directory = FSDirectory.Open(_path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.CreateDefault().PerField) { Codec = new Lucene46Codec() }))
        {
            foreach (var (id, text) in first)
            {
                writer.AddDocument(DocumentIndex.ToLucene(Document(id, text)));
            }
            writer.Commit();
        }
        Assert.All(SegmentInfos(), s => Assert.Equal("Lucene46", s.Info.Codec.Name));

        var all = new Dictionary<int, string>(first) { [3] = "Lynas 萊納斯 refines NdPr" };
        using (var index = new DocumentIndex(_path, IndexAnalyzers.CreateDefault()))
        {
            Add(index, new Dictionary<int, string> { [3] = all[3] });
            Assert.Equal(all, StoredTexts(index));
            Assert.Equal(["Lucene46", PipelineCodec.CodecId], SegmentInfos().Select(s => s.Info.Codec.Name).Order(StringComparer.Ordinal));
        }

        using (var directory = FSDirectory.Open(_path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.CreateDefault().PerField) { Codec = new PipelineCodec() }))
        {
            writer.ForceMerge(1);
            writer.Commit();
        }
        Assert.Equal([PipelineCodec.CodecId], SegmentInfos().Select(s => s.Info.Codec.Name));
        using (var merged = new DocumentIndex(_path, IndexAnalyzers.CreateDefault()))
        {
            Assert.Equal(all, StoredTexts(merged));
        }
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_path))
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
    }

    private static IndexedDocument Document(int id, string text) =>
        new(id, null, $"{id}.txt", text.Any(c => c > 0x3000) ? "zh" : "en", null, null, text, []);

    private static void Add(DocumentIndex index, Dictionary<int, string> texts)
    {
        using var writing = index.OpenWriting();
        foreach (var (id, text) in texts)
        {
            writing.Upsert(Document(id, text));
        }
        writing.Commit(null);
    }

    private static Dictionary<int, string> StoredTexts(DocumentIndex index) => index.Search(searcher =>
        Enumerable.Range(0, searcher.IndexReader.MaxDoc)
            .Select(searcher.Doc)
            .ToDictionary(d => int.Parse(d.Get(IndexFields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), d => d.Get(IndexFields.Text, CultureInfo.InvariantCulture)));

    private List<SegmentCommitInfo> SegmentInfos()
    {
        using var directory = FSDirectory.Open(_path);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return [.. infos.Segments];
    }
}
