using Lucene.Net.Store;

namespace Pipeline.Index;

/// <summary>
/// The index's folder: read through memory maps as Lucene.Net's own default for it does, but written
/// through <see cref="ChecksummedFileOutput"/>, and made durable only where a commit asks it to be.
/// </summary>
/// <remarks>
/// Lucene.Net's file output checksums every byte with a table-driven CRC-32, a byte at a time, and
/// forces each file to disk as it closes. Flushing a segment spent a seventh of its time in that CRC;
/// System.IO.Hashing's is the same CRC-32, vectorized. And most files a run writes are merged away
/// before the commit: Lucene itself names the files a commit needs (<see cref="Sync"/>), and those
/// are the ones forced to disk, as Java Lucene does.
/// </remarks>
internal sealed class IndexDirectory(string path) : MMapDirectory(new DirectoryInfo(path))
{
    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        EnsureCanWrite(name);
        return new ChecksummedFileOutput(System.IO.Path.Combine(Directory.FullName, name));
    }

    /// <summary>Forces the named files to disk: Lucene calls this for every file of a commit before it writes the commit's segments file, and for that file after.</summary>
    public override void Sync(ICollection<string> names)
    {
        EnsureOpen();
        foreach (var name in names)
        {
            using var file = File.OpenHandle(System.IO.Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            RandomAccess.FlushToDisk(file);
        }
    }
}
