using System.Net;
using System.Text;
using System.Text.Json;
using Pipeline.App.Web;
using Pipeline.Web.Tests.Infrastructure;

namespace Pipeline.Web.Tests;

/// <summary>A long document is sent in parts by the API and the page (issue #14): a server of its own with one long text.</summary>
public sealed class DocumentPartsTests : IAsyncLifetime, IDisposable
{
    private const string Marker = "zirconolite";
    private const int MarkerAt = 300_000;

    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-web-parts-").FullName;
    private readonly HttpClient _http = new();
    private ServeProcess? _server;

    public async Task InitializeAsync()
    {
        var input = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        var text = new StringBuilder("A long log of ore shipments\n\n");
        var marked = false;
        for (var line = 1; text.Length < 450_000; line++)
        {
            var marks = !marked && text.Length >= MarkerAt;
            marked |= marks;
            text.Append(marks ? $"Shipment {line} carried {Marker} from the quarry.\n" : $"Shipment {line} left the quarry at Bayan Obo on time.\n");
        }
        await File.WriteAllTextAsync(Path.Combine(input, "shipments.txt"), text.ToString());
        var data = Path.Combine(_root, "data");
        await PipelineCommand.RunAsync(data, "ingest", input);
        _server = await ServeProcess.StartAsync(data, "http://127.0.0.1:0");
        _http.BaseAddress = new Uri($"http://127.0.0.1:{_server.Port}");
    }

    [Fact]
    public async Task The_api_sends_the_first_part_then_the_next_with_offsets_into_the_whole_text()
    {
        using var first = await DocumentAsync($"/api/documents/1?q={Marker}");
        var part = first.RootElement.GetProperty("textPart");
        var firstText = first.RootElement.GetProperty("document").GetProperty("text").GetString()!;
        Assert.Equal(0, part.GetProperty("from").GetInt32());
        Assert.Equal(WebOptions.DefaultTextPartChars, part.GetProperty("length").GetInt32());
        Assert.Equal(WebOptions.DefaultTextPartChars, firstText.Length);
        var total = part.GetProperty("total").GetInt32();
        Assert.True(total > 2 * WebOptions.DefaultTextPartChars);
        var next = part.GetProperty("next").GetInt32();
        Assert.Equal(WebOptions.DefaultTextPartChars, next);

        using var second = await DocumentAsync($"/api/documents/1?from={next}&q={Marker}");
        var secondText = second.RootElement.GetProperty("document").GetProperty("text").GetString()!;
        Assert.Equal(next, second.RootElement.GetProperty("textPart").GetProperty("from").GetInt32());
        using var last = await DocumentAsync($"/api/documents/1?from={2 * next}");
        Assert.Equal(JsonValueKind.Null, last.RootElement.GetProperty("textPart").GetProperty("next").ValueKind);
        var whole = firstText + secondText + last.RootElement.GetProperty("document").GetProperty("text").GetString();
        Assert.Equal(total, whole.Length);

        // The match lies in the second part; its offsets count in the whole text, the part's from subtracted indexes the part.
        var match = Assert.Single(second.RootElement.GetProperty("matches").EnumerateArray());
        var (start, end) = (match.GetProperty("start").GetInt32(), match.GetProperty("end").GetInt32());
        Assert.Equal(Marker, whole[start..end]);
        Assert.Equal(Marker, secondText[(start - next)..(end - next)]);
        Assert.All(second.RootElement.GetProperty("mentions").EnumerateArray(), m => Assert.True(m.GetProperty("end").GetInt32() > next));
        Assert.Empty(first.RootElement.GetProperty("matches").EnumerateArray());
    }

    [Fact]
    public async Task A_range_outside_the_text_is_a_400_that_says_so()
    {
        var response = await _http.GetAsync(new Uri("/api/documents/1?from=99999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("from: between 0 and ", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.GetAsync(new Uri("/api/documents/1?length=999999", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/documents/1?length=abc", "length: \"abc\" is not a whole number")]
    [InlineData("/documents/1?from=1.5", "from: \"1.5\" is not a whole number")]
    public async Task The_page_answers_a_number_it_cannot_read_with_a_400_that_names_it(string address, string message)
    {
        var response = await _http.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_one_part_with_a_link_to_the_next_and_marks_the_match_inside_it()
    {
        var first = await _http.GetStringAsync(new Uri($"/documents/1?q={Marker}", UriKind.Relative));
        Assert.Contains("Characters 0 to 200,000 of", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documents/1?q={Marker}&amp;from=200000\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"<mark class=\"hit\" title=", first, StringComparison.Ordinal);

        var second = await _http.GetStringAsync(new Uri($"/documents/1?q={Marker}&from=200000", UriKind.Relative));
        Assert.Contains($"<mark class=\"hit\" title=\"search match\">{Marker}</mark>", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/documents/1?q=zirconolite&amp;from=0\"", second, StringComparison.Ordinal);
    }

    public void Dispose() => _http.Dispose();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(_root, recursive: true);
    }

    private async Task<JsonDocument> DocumentAsync(string address) =>
        JsonDocument.Parse(await _http.GetStringAsync(new Uri(address, UriKind.Relative)));
}
