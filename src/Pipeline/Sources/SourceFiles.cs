using System.Collections.Frozen;
using System.IO.Enumeration;

namespace Pipeline.Sources;

/// <summary>Turns the paths a user names into the files to ingest.</summary>
public static class SourceFiles
{
    /// <summary>The failure of a folder that could not be listed.</summary>
    public const string UnreadableFolder = "folder cannot be read (permission denied?): its files were not ingested";

    /// <summary>Why a named path was not found: .NET gives a name's invalid UTF-8 bytes as U+FFFD, which no file's name holds.</summary>
    public static string MissingReason(string path) =>
        path.Contains('\uFFFD', StringComparison.Ordinal) ? "file name is not valid UTF-8: cannot be opened by name" : "no such file or directory";

    public static IReadOnlySet<string> Extensions { get; } =
        new[] { ".txt", ".md", ".html", ".htm", ".pdf" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A file named explicitly is always included, whatever its extension; a directory is walked
    /// recursively for files with a supported extension, skipping hidden files and folders and
    /// README files (they describe a folder, they are not articles). Full paths, ordered
    /// ordinally, each once. Paths that do not exist are the caller's concern; each folder that
    /// cannot be read goes to <paramref name="unreadable"/>, never skipped unsaid.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, Action<string>? unreadable = null)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                Walk(full, files, unreadable ?? (_ => { }));
            }
            else
            {
                files.Add(full);
            }
        }
        return files;
    }

    private static void Walk(string root, SortedSet<string> files, Action<string> unreadable)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 };
        var folders = new Stack<string>([root]);
        while (folders.TryPop(out var folder))
        {
            List<(string Path, bool IsFolder)> entries;
            try
            {
                entries = [.. new FileSystemEnumerable<(string, bool)>(folder, static (ref entry) => (entry.ToFullPath(), entry.IsDirectory), options)
                {
                    // Symbolic links to folders are not followed: they could loop.
                    ShouldIncludePredicate = static (ref entry) => !IsHidden(ref entry)
                        && (entry.IsDirectory ? (entry.Attributes & FileAttributes.ReparsePoint) == 0 : IsArticleName(entry.FileName)),
                }];
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                unreadable(folder);
                continue;
            }
            foreach (var (path, isFolder) in entries)
            {
                if (isFolder)
                {
                    folders.Push(path);
                }
                else
                {
                    files.Add(path);
                }
            }
        }
    }

    private static bool IsArticleName(ReadOnlySpan<char> fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToString())
        && !Path.GetFileNameWithoutExtension(fileName).Equals("README", StringComparison.OrdinalIgnoreCase);

    private static bool IsHidden(ref FileSystemEntry entry) =>
        entry.FileName.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0;
}
