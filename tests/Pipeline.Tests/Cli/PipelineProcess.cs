using System.Diagnostics;
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
        using var process = Launch(new Dictionary<string, string>(), dataDirectory, args, boundByPermissions: true);
        return await WaitAsync(process);
    }

    private static async Task<Result> WaitAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the executable and returns at once, its output redirected: for `serve`, or a run to kill halfway.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, string dataDirectory, params string[] args) =>
        Launch(environment, dataDirectory, args, boundByPermissions: false);

    private static Process Launch(IReadOnlyDictionary<string, string> environment, string dataDirectory, string[] args, bool boundByPermissions)
    {
        var start = new ProcessStartInfo(boundByPermissions ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (boundByPermissions)
        {
            foreach (var arg in new[] { "--bounding-set", "-dac_override,-dac_read_search", "dotnet" })
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
