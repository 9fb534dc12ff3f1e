using System.Diagnostics;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Cli;

/// <summary>
/// How the `pipeline` script has the runtime compile a command (tools/ready-to-run.sh): one that runs
/// long on fresh code compiles optimized at once what ReadyToRun left out; a short one keeps the quick JIT.
/// </summary>
public sealed class BulkCommandJitTests
{
    [Theory]
    [InlineData("ingest corpus/", "0")]
    [InlineData("--data /srv/pipeline ingest-now", "0")]
    [InlineData("--db Host=db reindex", "0")]
    [InlineData("search ingest", "unset")]
    [InlineData("--data ingest search refining", "unset")] // the data folder is named ingest
    [InlineData("serve --urls http://127.0.0.1:5000", "unset")]
    [InlineData("--help", "unset")]
    public async Task Only_commands_that_run_long_turn_the_quick_jit_off(string arguments, string quickJit) =>
        Assert.Equal(quickJit, await QuickJitAfterAsync(arguments, alreadySet: null));

    [Fact]
    public async Task A_setting_made_before_wins() =>
        Assert.Equal("1", await QuickJitAfterAsync("ingest corpus/", alreadySet: "1"));

    /// <summary>DOTNET_TC_QuickJit as the script leaves it for <paramref name="arguments"/>, "unset" when it sets none.</summary>
    private static async Task<string> QuickJitAfterAsync(string arguments, string? alreadySet)
    {
        var script = Path.Combine(Path.GetDirectoryName(SeedCorpus.ConfigFolder)!, "tools", "ready-to-run.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("source \"$0\" && jit_for_bulk_commands \"$@\" && echo \"${DOTNET_TC_QuickJit-unset}\"");
        start.ArgumentList.Add(script);
        foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Remove("DOTNET_TC_QuickJit");
        if (alreadySet is not null)
        {
            start.Environment["DOTNET_TC_QuickJit"] = alreadySet;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors);
        return (await output).Trim();
    }
}
