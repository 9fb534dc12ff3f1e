using System.Diagnostics;
using System.Text;

namespace Pipeline.Web.Tests.Infrastructure;

/// <summary>Runs the real `pipeline` executable, Pipeline.App.dll beside the tests, as a user would.</summary>
internal static class PipelineCommand
{
    public static ProcessStartInfo StartInfo(string dataDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pipeline.App.dll"));
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(dataDirectory);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("PIPELINE_DB");
        start.Environment.Remove("PIPELINE_API_KEY");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return start;
    }

    /// <summary>Runs a command to its end; throws with its stderr when it fails.</summary>
    public static async Task RunAsync(string dataDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(dataDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pipeline {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
