namespace Pipeline.Benchmarks;

/// <summary>
/// Where a benchmark writes its corpus, data directories and indexes: the folder <c>--keep</c>
/// names, left in place for a look afterwards, or a new temporary one, deleted when the run ends.
/// </summary>
internal sealed class WorkFolder : IDisposable
{
    private WorkFolder(string path, bool kept) => (Path, Kept) = (path, kept);

    public string Path { get; }

    public bool Kept { get; }

    /// <summary>True when the folder is missing or holds nothing yet.</summary>
    public bool IsEmpty => !Directory.Exists(Path) || !Directory.EnumerateFileSystemEntries(Path).Any();

    public static WorkFolder For(string? keep, string prefix) =>
        keep is not null
            ? new(keep, kept: true)
            : new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}"), kept: false);

    public void Dispose()
    {
        if (!Kept && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
