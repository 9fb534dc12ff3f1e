using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Pipeline.App.Hosting;
using Pipeline.App.Web;
using Pipeline.Web.Tests.Infrastructure;

namespace Pipeline.Web.Tests;

[Collection(ServedCorpus.Name)]
public sealed class HostAndHeadersTests(WebFixture web) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = web.Local };

    public void Dispose() => _http.Dispose();

    [Theory]
    [InlineData("GET", "/api/review?status=open")]
    [InlineData("POST", "/api/review/1/decision")]
    [InlineData("GET", "/hangfire")]
    [InlineData("GET", "/")]
    public async Task A_request_naming_a_foreign_host_is_refused_in_one_line(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.Host = "evil.example";
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { decision = "confirm" });
        }

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ServedHosts.Refusal, await response.Content.ReadAsStringAsync());
        AssertSecurityHeaders(response, path.StartsWith("/hangfire", StringComparison.Ordinal) ? SecurityHeaders.DashboardPolicy : SecurityHeaders.PagePolicy);
    }

    [Fact]
    public async Task A_refused_host_changes_nothing_and_the_names_of_this_machine_still_work()
    {
        var id = await FirstOpenItemAsync();
        using var rebound = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/review/{id}/decision", UriKind.Relative))
        {
            Content = JsonContent.Create(new { decision = "confirm" }),
        };
        rebound.Headers.Host = $"evil.example:{web.Server.Port}";
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.SendAsync(rebound)).StatusCode);
        Assert.Equal(id, await FirstOpenItemAsync());

        foreach (var host in new[] { "localhost", "127.0.0.1", "[::1]" })
        {
            using var local = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/runs", UriKind.Relative));
            local.Headers.Host = $"{host}:{web.Server.Port}";
            Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(local)).StatusCode);
        }
    }

    [Theory]
    [InlineData("/site.css", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/api/runs", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.OK)]
    public async Task Static_files_missing_pages_and_the_api_carry_the_security_headers(string path, HttpStatusCode status)
    {
        var response = await _http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeaders.PagePolicy);
    }

    [Fact]
    public async Task The_dashboard_carries_the_headers_with_its_own_policy()
    {
        var response = await _http.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeaders.DashboardPolicy);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_carries_the_security_headers()
    {
        // The served app itself on a loopback port, with one endpoint more that fails as a bug would.
        var data = Directory.CreateTempSubdirectory("pipeline-web-500-").FullName;
        try
        {
            await using var app = await PipelineWebApp.BuildAsync(PipelinePaths.For(data), "http://127.0.0.1:0", CancellationToken.None);
            app.MapGet("/fails", string () => throw new InvalidOperationException("a bug"));
            await app.StartAsync();
            using var http = new HttpClient();

            var response = await http.GetAsync(new Uri(new Uri(PipelineWebApp.Address(app)), "/fails"));

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("Something went wrong on the server; the details are in its log.", await response.Content.ReadAsStringAsync());
            AssertSecurityHeaders(response, SecurityHeaders.PagePolicy);
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string policy)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    private async Task<long> FirstOpenItemAsync()
    {
        using var queue = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/api/review?status=open", UriKind.Relative)));
        return queue.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
    }
}
