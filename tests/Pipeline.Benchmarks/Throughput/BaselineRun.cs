using System.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Pipeline.Benchmarks.Corpus;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// What indexing costs with nothing of Pipeline's own: each file's bytes decoded (the encoding
/// is given, not detected), one unstored <see cref="StandardAnalyzer"/> text field and an id,
/// into a fresh index on disk, committed once. No cleaning, normalization, database or term vectors.
/// </summary>
internal static class BaselineRun
{
    public static PhaseFigures Run(CorpusStats corpus, string indexDirectory, int threads)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var clock = new CpuClock();
        long characters = 0;
        using (var directory = FSDirectory.Open(indexDirectory))
        using (var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            // The same buffer as the pipeline's writer.
            RAMBufferSizeMB = 64,
        }))
        {
            void Add(GeneratedFile file)
            {
                var text = Encoding.GetEncoding(file.Encoding).GetString(File.ReadAllBytes(file.Path));
                writer.AddDocument(
                [
                    new StringField("id", Path.GetFileName(file.Path), Field.Store.YES),
                    new TextField("body", text, Field.Store.NO),
                ]);
                Interlocked.Add(ref characters, text.Length);
            }

            if (threads == 1)
            {
                foreach (var file in corpus.Files)
                {
                    Add(file);
                }
            }
            else
            {
                Parallel.ForEach(corpus.Files, new ParallelOptions { MaxDegreeOfParallelism = threads }, Add);
            }
            writer.Commit();
        }
        return new PhaseFigures($"baseline, {threads} thread{(threads == 1 ? "" : "s")}", characters, corpus.Bytes, clock.Wall, clock.Cpu) { Machine = clock.Machine };
    }
}
