using Microsoft.EntityFrameworkCore;
using Pipeline.App.Hosting;
using Pipeline.Extraction.Entities;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Hosting;

/// <summary>A command's start: its service and the database are made side by side, and a config error still comes first.</summary>
public sealed class PipelineHostTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task A_command_gets_its_service_with_the_database_created()
    {
        using var host = PipelineHost.For(PipelinePaths.For(_data.Path));

        var lexicon = await host.GetWithDatabaseAsync<Lexicon>(CancellationToken.None);

        Assert.NotNull(lexicon.FindByAlias("Lynas"));
        await using var db = await host.Data.OpenDatabaseAsync(CancellationToken.None);
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task A_malformed_config_is_the_error_reported_though_the_database_was_made_meanwhile()
    {
        using var host = PipelineHost.For(PipelinePaths.For(_data.Path));

        var error = await Assert.ThrowsAsync<ConfigException>(() =>
            PipelineData.ServiceWithDatabaseAsync<Lexicon>(() => throw new ConfigException("lexicon.yaml: line 4: unknown field 'nme'"), () => host.Data, CancellationToken.None));

        Assert.Equal("lexicon.yaml: line 4: unknown field 'nme'", error.Message);
        Assert.True(File.Exists(Path.Combine(_data.Path, "pipeline.db")));
    }

    [Fact]
    public async Task A_database_that_cannot_be_made_is_the_error_when_the_config_is_sound()
    {
        // A file where the data directory should be: no database can be created in it.
        var blocked = Path.Combine(_data.Path, "not-a-folder");
        File.WriteAllText(blocked, "");
        using var host = PipelineHost.For(PipelinePaths.For(blocked));

        await Assert.ThrowsAsync<IOException>(() => PipelineData.ServiceWithDatabaseAsync(() => "built", () => host.Data, CancellationToken.None));
        // Both wrong: the config's error, as when the config was read first.
        await Assert.ThrowsAsync<ConfigException>(() =>
            PipelineData.ServiceWithDatabaseAsync<string>(() => throw new ConfigException("sources.yaml: line 4"), () => host.Data, CancellationToken.None));
    }

    public void Dispose() => _data.Dispose();
}
