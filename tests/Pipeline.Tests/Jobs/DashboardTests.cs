using Pipeline.Jobs;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

/// <summary>`pipeline serve` hosts the Hangfire dashboard, with the nightly recurring job registered at start.</summary>
public sealed class DashboardTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Serve_shows_the_dashboard_to_localhost_with_the_nightly_job()
    {
        using var process = PipelineProcess.Start(new Dictionary<string, string>(), _data.Path, "serve", "--urls", "http://127.0.0.1:0");
        try
        {
            var address = await PipelineProcess.ServingAddressAsync(process);
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            using var dashboard = await http.GetAsync(new Uri("/hangfire", UriKind.Relative));
            var recurring = await http.GetStringAsync(new Uri("/hangfire/recurring", UriKind.Relative));

            Assert.Equal(System.Net.HttpStatusCode.OK, dashboard.StatusCode);
            Assert.Contains(NightlySchedule.RecurringJobId, recurring, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task With_an_API_key_the_dashboard_wants_it_from_localhost_too()
    {
        var environment = new Dictionary<string, string> { ["PIPELINE_API_KEY"] = "nightly-key" };
        using var process = PipelineProcess.Start(environment, _data.Path, "serve", "--urls", "http://127.0.0.1:0");
        try
        {
            var address = await PipelineProcess.ServingAddressAsync(process);
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            using var withKey = new HttpRequestMessage(HttpMethod.Get, new Uri("/hangfire", UriKind.Relative));
            withKey.Headers.Add("X-Api-Key", "nightly-key");

            using var refused = await http.GetAsync(new Uri("/hangfire", UriKind.Relative));
            using var allowed = await http.SendAsync(withKey);

            // Hangfire answers 401 to a request its filter turns away.
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.OK, allowed.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => _data.Dispose();
}
