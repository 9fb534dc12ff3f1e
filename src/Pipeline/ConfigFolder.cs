namespace Pipeline;

/// <summary>
/// Finds the config/ folder that analysts edit (lexicon, attributes): $PIPELINE_CONFIG, else a
/// config/ folder in the current directory or above it, else the copy next to the executable.
/// </summary>
public static class ConfigFolder
{
    public const string Variable = "PIPELINE_CONFIG";

    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "config");
            if (Directory.Exists(Path.Combine(candidate, "lexicon")))
            {
                return candidate;
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "config");
    }
}
