using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Index;

/// <summary>
/// Two `serve` processes on one PostgreSQL database, each with its own data directory (its own
/// index): what a CLI run on a third stores is found by both, each catching up by itself.
/// </summary>
public sealed class IndexAcrossNodesTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();
    private readonly TempDirectory _cli = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task Two_servers_on_one_database_both_find_a_CLI_ingest_within_10_seconds()
    {
        var environment = new Dictionary<string, string> { ["PIPELINE_DB"] = database.ConnectionString };
        using var first = PipelineProcess.Start(environment, _first.Path, "serve", "--urls", "http://127.0.0.1:0");
        using var second = PipelineProcess.Start(environment, _second.Path, "serve", "--urls", "http://127.0.0.1:0");
        try
        {
            using var firstHttp = new HttpClient { BaseAddress = new Uri(await PipelineProcess.ServingAddressAsync(first)) };
            using var secondHttp = new HttpClient { BaseAddress = new Uri(await PipelineProcess.ServingAddressAsync(second)) };
            for (var i = 0; i < 40; i++)
            {
                _input.Write($"report{i:D2}.txt", string.Create(CultureInfo.InvariantCulture, $"Report {i}: the fennite mine in Kvanefjeld shipped {i + 5} tonnes."));
            }

            var ingest = await PipelineProcess.RunWithEnvironmentAsync(environment, _cli.Path, "ingest", _input.Path);
            Assert.Equal(0, ingest.ExitCode);
            var stored = Stopwatch.StartNew();

            foreach (var http in new[] { firstHttp, secondHttp })
            {
                while (await TotalAsync(http, "fennite") != 40)
                {
                    Assert.True(stored.Elapsed < TimeSpan.FromSeconds(10), $"{http.BaseAddress} did not find the new documents within 10 seconds");
                    await Task.Delay(200);
                }
            }
        }
        finally
        {
            foreach (var server in new[] { first, second })
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
    }

    /// <summary>Hits for <paramref name="word"/>; 0 while the server's index does not exist yet (a 4xx/5xx answer).</summary>
    private static async Task<int> TotalAsync(HttpClient http, string word)
    {
        using var response = await http.GetAsync(new Uri($"/api/search?q={word}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return 0;
        }
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _cli.Dispose();
        _input.Dispose();
    }
}
