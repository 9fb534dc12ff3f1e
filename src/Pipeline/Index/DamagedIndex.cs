using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Pipeline.Index;

/// <summary>
/// An index that Lucene cannot open (files truncated, lost or overwritten) is set aside, renamed
/// beside the index rather than deleted, so that it can still be looked at; the empty index left in
/// its place is filled from the database, the system of record, by the catch-up.
/// </summary>
public static class DamagedIndex
{
    /// <summary>
    /// Opens the index at <paramref name="indexPath"/> once, as a search would. If it fails, takes the
    /// index's writer lock (waiting up to <paramref name="wait"/>), checks again, and renames the folder.
    /// </summary>
    /// <returns>What was set aside and why; null when the index opens, or there is none.</returns>
    /// <exception cref="IndexBusyException">Another process kept the writer lock for longer than <paramref name="wait"/>.</exception>
    public static IndexSetAside? SetAsideIfDamaged(string indexPath, TimeSpan wait)
    {
        if (Damage(indexPath) is null)
        {
            return null;
        }
        using var held = IndexWriteLock.TryTake(indexPath, wait) ?? throw new IndexBusyException(
            $"the index at {indexPath} cannot be read and is being written by {IndexWriteLock.Holder(indexPath)}; waited {wait.TotalSeconds:0} s to set it aside");
        // Another process may have set it aside while this one waited.
        if (Damage(indexPath) is not { } reason)
        {
            return null;
        }
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var aside = $"{indexPath.TrimEnd(Path.DirectorySeparatorChar)}.damaged-{stamp}";
        System.IO.Directory.Move(indexPath, aside);
        System.IO.Directory.CreateDirectory(indexPath);
        return new IndexSetAside(aside, reason);
    }

    /// <summary>Why the index cannot be opened; null when it opens or does not exist.</summary>
    private static string? Damage(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath))
        {
            return null;
        }
        using var directory = FSDirectory.Open(indexPath);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                // No commit point, yet segment files: what is left of an index whose segments file was lost.
                return System.IO.Directory.EnumerateFiles(indexPath, "_*").Any() ? "it has segment files but no readable commit" : null;
            }
            // Opening reads every segment's metadata and compound files: truncation and lost files show here.
            using var reader = DirectoryReader.Open(directory);
            return null;
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
        {
            return e.Message;
        }
    }
}

/// <summary>A damaged index renamed to <paramref name="Path"/>, and what Lucene said of it.</summary>
public sealed record IndexSetAside(string Path, string Reason);
