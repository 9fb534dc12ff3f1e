namespace Pipeline.Benchmarks.Corpus;

/// <summary>The repository's root: the nearest folder above the running program that holds Pipeline.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
