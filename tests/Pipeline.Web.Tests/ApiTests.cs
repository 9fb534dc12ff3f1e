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

        var marked = new List<string>();
        foreach (var hit in hits)
        {
            using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri($"/api/documents/{hit.GetProperty("id").GetInt32()}", UriKind.Relative)));
            var text = document.RootElement.GetProperty("document").GetProperty("text").GetString()!;
            marked.AddRange(hit.GetProperty("highlights").EnumerateArray()
                .Select(h => text[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]));
            Assert.NotEmpty(document.RootElement.GetProperty("claims").EnumerateArray());
        }
        // Each span is a word of the query as the Simplified text writes it, the entity and the word alike.
        Assert.All(marked, m => Assert.Contains(m, (string[])["稀土", "精炼", "稀土精炼"]));
        Assert.Contains("精炼", marked);
    }

    [Fact]
    public async Task Search_names_the_concepts_the_query_was_widened_to()
    {
        using var results = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("Price Floors"), UriKind.Relative)));

        var concept = Assert.Single(results.RootElement.GetProperty("concepts").EnumerateArray());
        Assert.Equal("Price Floors", concept.GetProperty("words").GetString());
        Assert.Equal("price-floor", concept.GetProperty("id").GetString());
        var names = concept.GetProperty("otherNames").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains("保底价", names);
        Assert.DoesNotContain("price floors", names);
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

    [Theory]
    [InlineData("/api/search?q=rare&page=abc", "page: \"abc\" is not a whole number")]
    [InlineData("/api/documents/1?from=abc", "from: \"abc\" is not a whole number")]
    [InlineData("/api/documents/1?length=1.5", "length: \"1.5\" is not a whole number")]
    public async Task A_parameter_that_is_not_a_number_is_a_400_that_names_it(string address, string message)
    {
        var response = await _http.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, error.RootElement.GetProperty("error").GetString());
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

    [Theory]
    [InlineData("/api/search?q=neodymium&lang=xx", "lang: unknown 'xx'; one of en, zh, or none for all")]
    [InlineData("/api/search?q=neodymium&script=Latn", "script: unknown 'Latn'; one of Hans, Hant, or none for all")]
    [InlineData("/api/review?lang=zh", "lang: unknown 'zh'; one of en, zh-Hans, zh-Hant, or none for all")]
    public async Task An_unknown_language_is_a_400_that_names_the_allowed_ones(string address, string message)
    {
        var response = await _http.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, error.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_pages_answer_an_unknown_language_with_a_400_too_and_take_a_known_one_in_any_case()
    {
        var search = await _http.GetAsync(new Uri("/?q=neodymium&lang=xx", UriKind.Relative));
        var review = await _http.GetAsync(new Uri("/review?lang=fr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Contains("one of en, zh", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, review.StatusCode);
        Assert.Contains("one of en, zh-Hans, zh-Hant", await review.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri("/?q=neodymium&lang=EN", UriKind.Relative))).StatusCode);
        using var queue = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/api/review?lang=ZH-hant", UriKind.Relative)));
        using var exact = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/api/review?lang=zh-Hant", UriKind.Relative)));
        Assert.Equal(exact.RootElement.GetProperty("items").GetArrayLength(), queue.RootElement.GetProperty("items").GetArrayLength());
    }
}
