using System.Net;
using System.Net.Http.Json;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;
using Pipeline.Web.Tests.Infrastructure;

namespace Pipeline.Web.Tests;

[Collection(ServedCorpus.Name)]
public sealed class SafetyTests(WebFixture web)
{
    private const string ApiKey = "test-key-7f3a";

    [Fact]
    public async Task An_article_quoting_a_script_tag_shows_the_tag_as_text_and_never_runs_it()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/?q=" + Uri.EscapeDataString("\"quotes markup\"")));
        await Assertions.Expect(page.Locator(".snippet").First).ToContainTextAsync("<script>");
        await page.Locator("li.result h3 a").First.ClickAsync();

        await Assertions.Expect(page.Locator(".doc-text")).ToContainTextAsync($"<script>{WebFixture.ScriptArticleMarker}</script>");
        Assert.Equal(0, await page.Locator(".doc-text script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
    }

    [Fact]
    public async Task A_decision_from_another_address_is_refused_without_the_api_key_and_accepted_with_it()
    {
        var address = NonLoopbackAddress();
        using var http = new HttpClient();
        var id = await FirstOpenItemAsync(http, web.Local);

        var refused = await http.PostAsJsonAsync(new Uri($"http://{address}:{web.Server.Port}/api/review/{id}/decision"), new { decision = "confirm" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith("Refused", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var keyed = await ServeProcess.StartAsync(web.DataDirectory, "http://0.0.0.0:0", new Dictionary<string, string> { ["PIPELINE_API_KEY"] = ApiKey });
        var remote = new Uri($"http://{address}:{keyed.Port}/api/review/{id}/decision");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsJsonAsync(remote, new { decision = "confirm" })).StatusCode);

        using var withKey = new HttpRequestMessage(HttpMethod.Post, remote) { Content = JsonContent.Create(new { decision = "confirm", note = "from afar" }) };
        withKey.Headers.Add("X-Api-Key", ApiKey);
        var accepted = await http.SendAsync(withKey);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using var item = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync());
        Assert.Equal("confirmed", item.RootElement.GetProperty("status").GetString());
        Assert.Equal("from afar", item.RootElement.GetProperty("decision").GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_form_post_without_the_anti_forgery_token_is_refused()
    {
        using var http = new HttpClient();
        var id = await FirstOpenItemAsync(http, web.Local);

        var response = await http.PostAsync(new Uri(web.Local, "/review"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["decision"] = "confirm",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(id, await FirstOpenItemAsync(http, web.Local));
    }

    private static async Task<long> FirstOpenItemAsync(HttpClient http, Uri server)
    {
        using var queue = JsonDocument.Parse(await http.GetStringAsync(new Uri(server, "/api/review?status=open")));
        return queue.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
    }

    /// <summary>This machine's first IPv4 address that is not loopback: a request to it does not come from 127.0.0.1.</summary>
    private static IPAddress NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("this machine has no non-loopback IPv4 address to send a non-local request from");
}
