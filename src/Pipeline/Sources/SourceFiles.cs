using System.Collections.Frozen;
using System.IO.Enumeration;

namespace Pipeline.Sources;

/// <summary>Turns the paths a user names into the files to ingest.</summary>
public static class SourceFiles
{
    public static IReadOnlySet<string> Extensions { get; } =
        new[] { ".txt", ".md", ".html", ".htm", ".pdf" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A file named explicitly is always included, whatever its extension; a directory is walked
    /// recursively for files with a supported extension, skipping hidden files and folders and
    /// README files (they describe a folder, they are not articles). Full paths, ordered
    /// ordinally, each once. Paths that do not exist are the caller's concern.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                files.UnionWith(Walk(full));
            }
            else
            {
                files.Add(full);
            }
        }
        return files;
    }

    private static FileSystemEnumerable<string> Walk(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = 0,
        };
        return new FileSystemEnumerable<string>(directory, static (ref entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = static (ref entry) =>
                !entry.IsDirectory && !IsHidden(ref entry) && IsArticleName(entry.FileName),
            // Symbolic links to folders are not followed: they could loop.
            ShouldRecursePredicate = static (ref entry) =>
                !IsHidden(ref entry) && (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    private static bool IsArticleName(ReadOnlySpan<char> fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToString())
        && !Path.GetFileNameWithoutExtension(fileName).Equals("README", StringComparison.OrdinalIgnoreCase);

    private static bool IsHidden(ref FileSystemEntry entry) =>
        entry.FileName.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0;
}
