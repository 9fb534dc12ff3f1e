using System.Diagnostics;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Cli;

/// <summary>
/// Files and folders that are not what they seem (issue #14): each is one escaped line on stderr, never a
/// hang or a silent skip, and the good file beside it is stored.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // FIFOs, Unix modes and setpriv: the machines Pipeline runs on
public sealed class HostileFileTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task A_fifo_in_a_folder_or_named_is_skipped_with_one_line_and_the_good_file_is_stored()
    {
        _input.Write("good.txt", "Neo Performance Materials opened a magnet plant in Narva.");
        var fifo = _input.Combine("pipe.txt");
        MakeFifo(fifo);
        var forging = _input.Combine("a\npipeline: forged.txt");
        MakeFifo(forging);

        var run = await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Path, fifo);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 new", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, l => Assert.Contains("not a regular file", l, StringComparison.Ordinal));
        // The newline in the name is written as \n: the name cannot add a line of its own.
        Assert.Contains(run.ErrorLines, l => l.Contains("a\\npipeline: forged.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_folder_is_a_failure_line_not_a_silent_skip()
    {
        _input.Write("good.txt", "Neo Performance Materials opened a magnet plant in Narva.");
        var locked = Path.GetDirectoryName(_input.Write("locked/inside.txt", "Lynas opened a plant in Texas."))!;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var run = await PipelineProcess.RunBoundByPermissionsAsync(_data.Path, "ingest", _input.Path);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("1 new", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("1 failed", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("locked: folder cannot be read", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task A_name_with_invalid_utf8_is_reported_as_such_not_as_missing()
    {
        // The name as .NET receives bytes that are not UTF-8: U+FFFD stands for them.
        var run = await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Combine("bad\uFFFDname.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not valid UTF-8", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_one_line_without_being_read_and_the_good_file_is_stored()
    {
        _input.Write("good.txt", "Neo Performance Materials opened a magnet plant in Narva.");
        // 200 MB that take no disk: a sparse file of zeros, which would be read whole if the size were not asked first.
        using (var huge = new FileStream(_input.Combine("huge.txt"), FileMode.CreateNew))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        var run = await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 new", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 failed", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("huge.txt: is 200 MB, over the 50 MB limit (ingest: max_file_mb in config/sources.yaml)", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    public void Dispose()
    {
        _data.Dispose();
        _input.Dispose();
    }
}
