using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Web.Tests.Infrastructure;

/// <summary>`pipeline serve` as a real process (Pipeline.App.dll beside the tests), stopped on dispose.</summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where the server says it listens, e.g. http://127.0.0.1:43125 (or http://0.0.0.0:43125).</summary>
    public Uri Address { get; }

    public int Port => Address.Port;

    public static async Task<ServeProcess> StartAsync(string dataDirectory, string urls, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = PipelineCommand.StartInfo(dataDirectory, ["serve", "--urls", urls], environment);
        var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ServingLine().Match(line) is { Success: true } match)
            {
                // Keep draining stdout so the server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new ServeProcess(process, new Uri(match.Groups[1].Value));
            }
        }
        // Its output ended: it is exiting; wait, so its exit code and last words can be told.
        await process.WaitForExitAsync(timeout.Token);
        throw new InvalidOperationException($"pipeline serve ended without serving (exit {process.ExitCode}): {stderr}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"^Pipeline is serving at (\S+)  \(Ctrl\+C stops\)$")]
    private static partial Regex ServingLine();
}
