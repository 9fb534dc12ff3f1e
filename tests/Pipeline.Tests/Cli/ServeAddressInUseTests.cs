using System.Net;
using System.Net.Sockets;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Cli;

/// <summary>`pipeline serve` on an address another program holds: one line, not the host's stack trace.</summary>
public sealed class ServeAddressInUseTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task An_address_in_use_is_one_line_and_exit_code_1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var run = await PipelineProcess.RunAsync(_data.Path, "serve", "--urls", url);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"pipeline: cannot listen on {url}: the address is in use (another pipeline serve?); choose another with --urls", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Stdout);
    }

    public void Dispose() => _data.Dispose();
}
