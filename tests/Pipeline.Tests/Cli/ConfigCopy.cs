using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Cli;

/// <summary>A copy of the repository's config/ in a test folder, with a sources.yaml of its own, for runs of the real executable.</summary>
internal static class ConfigCopy
{
    /// <summary>
    /// Copies config/ into <paramref name="root"/> with a sources.yaml naming the drop folder
    /// <c>drop</c> (beside config/) and <paramref name="feeds"/>, fetched with short timeouts from
    /// the tests' servers on 127.0.0.1 (an allowed host);
    /// returns the environment (PIPELINE_CONFIG) that points the executable at it.
    /// </summary>
    public static Dictionary<string, string> WithSources(TempDirectory root, IReadOnlyList<string> feeds)
    {
        var config = root.Combine("config");
        foreach (var file in Directory.GetFiles(SeedCorpus.ConfigFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(config, Path.GetRelativePath(SeedCorpus.ConfigFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var feedLines = string.Concat(feeds.Select(f => $"\n  - {f}"));
        File.WriteAllText(Path.Combine(config, "sources.yaml"), $"""
            drop_folders:
              - drop
            feeds:{(feeds.Count == 0 ? " []" : feedLines)}
            fetch:
              timeout_seconds: 1
              retries: 1
              backoff_seconds: 0.01
              allowed_hosts: [127.0.0.1]
            """);
        return new Dictionary<string, string> { ["PIPELINE_CONFIG"] = config };
    }
}
