using System.Globalization;

namespace Pipeline.Index;

/// <summary>
/// The index's writer lock across processes: <c>index.lock</c> beside the index folder, held open
/// exclusively (an OS file lock, released by the OS when a process dies), with the holder's pid and
/// command in <c>index.writer</c> so a refused process can say which run to wait for.
/// </summary>
/// <remarks>
/// Lucene's own write.lock stays inside the folder, but on Linux Lucene.Net takes it as a shared
/// file lock: a second process gets it too. This lock is taken first, so Lucene's is never contended.
/// </remarks>
internal sealed class IndexWriteLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _held;
    private readonly string _holderFile;

    private IndexWriteLock(FileStream held, string holderFile)
    {
        _held = held;
        _holderFile = holderFile;
    }

    /// <summary>Takes the lock of the index at <paramref name="indexPath"/>, polling until <paramref name="wait"/> has passed; null if another process kept it.</summary>
    public static IndexWriteLock? TryTake(string indexPath, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                // FileShare.None: .NET takes an exclusive flock, which every other process respects.
                var held = new FileStream(Beside(indexPath, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var holderFile = Beside(indexPath, ".writer");
                File.WriteAllText(holderFile, DescribeThisProcess());
                return new IndexWriteLock(held, holderFile);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Poll);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>Who holds the lock, as it wrote it; a plain phrase if it has not written it yet.</summary>
    public static string Holder(string indexPath)
    {
        try
        {
            var text = File.ReadAllText(Beside(indexPath, ".writer")).Trim();
            return text.Length > 0 ? text : "another process";
        }
        catch (IOException)
        {
            return "another process";
        }
    }

    public void Dispose()
    {
        File.Delete(_holderFile);
        _held.Dispose();
    }

    private static string Beside(string indexPath, string suffix) => indexPath.TrimEnd(Path.DirectorySeparatorChar) + suffix;

    private static string DescribeThisProcess()
    {
        // The first argument is the program (Pipeline.App.dll): show what was asked of it.
        var command = string.Join(' ', ["pipeline", .. Environment.GetCommandLineArgs().Skip(1)]);
        var since = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return $"pid {Environment.ProcessId} ({command}), since {since} UTC";
    }
}
