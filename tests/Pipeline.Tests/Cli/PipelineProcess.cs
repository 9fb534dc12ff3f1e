using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Pipeline.Tests.Cli;

/// <summary>Runs the real `pipeline` executable (Pipeline.App.dll beside the tests) as a user would.</summary>
internal static class PipelineProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static Task<Result> RunAsync(string dataDirectory, params string[] args) =>
        RunWithEnvironmentAsync(new Dictionary<string, string>(), dataDirectory, args);

    /// <summary>As <see cref="RunAsync"/>, with these environment variables set (PIPELINE_CONFIG, say).</summary>
    public static async Task<Result> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, string dataDirectory, params string[] args)
    {
        using var process = Start(environment, dataDirectory, args);
        return await WaitAsync(process);
    }

    /// <summary>
    /// As <see cref="RunAsync"/>, bound by file permissions even when the tests run as root: setpriv drops
    /// the capabilities that let root read any folder, so an unreadable folder is unreadable.
    /// </summary>
    public static async Task<Result> RunBoundByPermissionsAsync(string dataDirectory, params string[] args)
    {
        using var process = Launch(new Dictionary<string, string>(), dataDirectory, args, BoundByPermissions);
        return await WaitAsync(process);
    }

    /// <summary>Waits for <paramref name="process"/> to end (two minutes at most) and gives its exit code and output.</summary>
    public static async Task<Result> WaitAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the executable and returns at once, its output redirected: for `serve`, or a run to kill halfway.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, string dataDirectory, params string[] args) =>
        Launch(environment, dataDirectory, args, []);

    /// <summary>
    /// As <see cref="Start"/>, with Ctrl+C (SIGINT) deliverable: a test run from a background job
    /// inherits SIGINT ignored, as every child does, so perl restores the default before it runs the executable.
    /// </summary>
    public static Process StartInterruptible(string dataDirectory, params string[] args) =>
        Launch(new Dictionary<string, string>(), dataDirectory, args, ["perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die"]);

    /// <summary>Sends <paramref name="signal"/> to <paramref name="process"/>, as Ctrl+C or `kill` would.</summary>
    public static void Signal(Process process, PosixSignal signal)
    {
        var number = signal switch
        {
            PosixSignal.SIGINT => 2,
            PosixSignal.SIGTERM => 15,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "only SIGINT and SIGTERM are sent"),
        };
        if (kill(process.Id, number) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, {number}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private static readonly string[] BoundByPermissions = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"];

    /// <summary>Runs `dotnet Pipeline.App.dll --data DIR ARGS`, through <paramref name="launcher"/> (a program and its arguments) if given.</summary>
    private static Process Launch(IReadOnlyDictionary<string, string> environment, string dataDirectory, string[] args, string[] launcher)
    {
        var start = new ProcessStartInfo(launcher.Length > 0 ? launcher[0] : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (launcher.Length > 0)
        {
            foreach (var arg in launcher.Skip(1).Append("dotnet"))
            {
                start.ArgumentList.Add(arg);
            }
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pipeline.App.dll"));
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(dataDirectory);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("PIPELINE_DB");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return Process.Start(start)!;
    }

    /// <summary>The address from serve's first line, "Pipeline is serving at URL  (Ctrl+C stops)".</summary>
    public static async Task<string> ServingAddressAsync(Process process)
    {
        const string Prefix = "Pipeline is serving at ";
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return line[Prefix.Length..].Split(' ')[0];
            }
        }
        throw new InvalidOperationException($"serve ended without serving: {await process.StandardError.ReadToEndAsync()}");
    }
}
