using System.Net;
using System.Text.Json;
using Pipeline.Web.Tests.Infrastructure;

namespace Pipeline.Web.Tests;

[Collection(ServedCorpus.Name)]
public sealed class ApiTests(WebFixture web) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = web.Local };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Search_highlights_point_into_the_text_that_the_document_endpoint_returns()
    {
        using var results = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("稀土精煉") + "&script=Hans", UriKind.Relative)));
        var hits = results.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Hans", h.GetProperty("script").GetString()));

        var hit = hits[0];
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri($"/api/documents/{hit.GetProperty("id").GetInt32()}", UriKind.Relative)));
        var text = document.RootElement.GetProperty("document").GetProperty("text").GetString()!;
        var marked = hit.GetProperty("highlights").EnumerateArray()
            .Select(h => text[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]).ToList();
        Assert.Contains("精炼", marked);
        Assert.NotEmpty(document.RootElement.GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public async Task A_malformed_query_is_a_400_with_a_readable_error()
    {
        var response = await _http.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("稀土 AND ("), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("cannot read query", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_last_is_a_400_that_says_so()
    {
        // 214748365 pages of 10: the offset overflows an int.
        var response = await _http.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("稀土") + "&page=214748365", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("page: at most 10000", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_review_status_is_a_400_that_names_the_allowed_ones()
    {
        var api = await _http.GetAsync(new Uri("/api/review?status=bogus", UriKind.Relative));
        var page = await _http.GetAsync(new Uri("/review?status=bogus", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        using var error = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.StartsWith("status: unknown 'bogus'; one of open,", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri("/api/review?status=open", UriKind.Relative))).StatusCode);
    }
}
