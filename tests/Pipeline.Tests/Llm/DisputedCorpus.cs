using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Llm;

/// <summary>The seed corpus ingested and cross-checked once (six open disputes, English and Chinese); each test works on its own copy.</summary>
public sealed class DisputedCorpus : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _template = new();

    public async Task InitializeAsync()
    {
        var ingest = await PipelineProcess.RunAsync(_template.Path, "ingest", SeedCorpus.Folder);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        var crosscheck = await PipelineProcess.RunAsync(_template.Path, "crosscheck");
        Assert.True(crosscheck.ExitCode == 0, crosscheck.Stderr);
    }

    /// <summary>A fresh copy of the data directory in <paramref name="target"/>.</summary>
    public void CopyTo(string target)
    {
        foreach (var file in Directory.GetFiles(_template.Path, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(_template.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _template.Dispose();
}
