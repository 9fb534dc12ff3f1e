using System.Text.Json;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Llm;

/// <summary>`pipeline adjudicate --extract` against a scripted OpenAI-compatible server, through Semantic Kernel's real OpenAI connector.</summary>
public sealed class ExtractionHelpTests(DisputedCorpus corpus) : IClassFixture<DisputedCorpus>, IDisposable
{
    /// <summary>A seed-corpus sentence the rules read no claim from: 欧洲 and "不得超过 65%" but no measure word they know.</summary>
    private const string Europe = "欧洲对于每种战略原材料";

    private const string NoClaims = """{"claims": []}""";

    private readonly TempDirectory _root = new();

    private string Data => _root.Combine("data");

    [Fact]
    public async Task A_sentence_without_a_rule_claim_gets_a_model_claim_stored_and_shown_as_the_models()
    {
        using var server = new ChatCompletionsServer((_, r) => (200, r.Text.Contains(Europe, StringComparison.Ordinal)
            ? """{"claims": [{"subject": "europe", "measure": "supply-share", "scope": null, "low": null, "high": 65, "unit": "%", "period": null}]}"""
            : NoClaims));
        var environment = LlmWorkspace.Setup(corpus, _root, Data, server.Endpoint, maxRequests: 500);
        Assert.Empty(ModelClaims(await ClaimsJsonAsync(environment)));

        var run = await RunAsync(environment, "adjudicate", "--extract", "--json");

        var report = JsonDocument.Parse(run).RootElement;
        Assert.Equal(1, report.GetProperty("stored").GetInt32());
        Assert.Equal(0, report.GetProperty("discarded").GetInt32());
        Assert.Equal(report.GetProperty("sentences").GetInt32(), report.GetProperty("asked").GetInt32());
        var request = Assert.Single(server.Requests, r => r.Text.Contains(Europe, StringComparison.Ordinal));
        Assert.Contains("- supply-share: percentage", request.Text, StringComparison.Ordinal); // the catalogue is in the prompt
        Assert.Contains("- europe: \"欧洲\"", request.Text, StringComparison.Ordinal);

        var claim = Assert.Single(ModelClaims(await ClaimsJsonAsync(environment)));
        Assert.Equal(("europe", "supply-share", "test-model"),
            (claim.GetProperty("subject").GetString(), claim.GetProperty("attribute").GetString(), claim.GetProperty("model").GetString()));
        Assert.Equal(65, claim.GetProperty("value").GetProperty("hi").GetDouble());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("value").GetProperty("lo").ValueKind);
        Assert.Contains(Europe, claim.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains("(model)", await RunAsync(environment, "claims", "--entity", "europe"), StringComparison.Ordinal);

        // Analyzing every document again keeps the model's claim, once; asking again sends nothing.
        await RunAsync(environment, "reindex");
        Assert.Single(ModelClaims(await ClaimsJsonAsync(environment)));
        var asked = server.Requests.Count;
        var again = JsonDocument.Parse(await RunAsync(environment, "adjudicate", "--extract", "--json")).RootElement;
        Assert.Equal((0, 0), (again.GetProperty("stored").GetInt32(), again.GetProperty("requests").GetInt32()));
        Assert.Equal(asked, server.Requests.Count);
        Assert.Single(ModelClaims(await ClaimsJsonAsync(environment)));
    }

    [Fact]
    public async Task Claims_outside_the_catalogue_or_with_a_value_not_in_the_sentence_are_discarded_and_counted()
    {
        using var server = new ChatCompletionsServer((_, r) => (200, r.Text.Contains(Europe, StringComparison.Ordinal)
            ? """
              {"claims": [
                {"subject": "europe", "measure": "strategic-autonomy", "scope": null, "high": 65, "unit": "%"},
                {"subject": "atlantis", "measure": "supply-share", "scope": null, "high": 65, "unit": "%"},
                {"subject": "europe", "measure": "supply-share", "scope": "nowhere", "high": 65, "unit": "%"},
                {"subject": "europe", "measure": "supply-share", "scope": null, "value": 66, "unit": "%"},
                {"subject": "europe", "measure": "supply-share", "scope": null, "high": 65, "unit": "t"},
                {"subject": "europe", "measure": "supply-share", "scope": null, "high": 65, "unit": "%", "period": "2031"}
              ]}
              """
            : r.Text.Contains("五角大楼", StringComparison.Ordinal) ? "the cobalt purchase is a claim" : NoClaims));
        var environment = LlmWorkspace.Setup(corpus, _root, Data, server.Endpoint, maxRequests: 500);

        var run = await RunAsync(environment, "adjudicate", "--extract");

        Assert.Contains("0 claims stored (marked as the model's), 6 proposed claims discarded, 1 invalid answers", run, StringComparison.Ordinal);
        Assert.Contains("measure 'strategic-autonomy' is not in the catalogue", run, StringComparison.Ordinal);
        Assert.Contains("subject 'atlantis' is not a lexicon id", run, StringComparison.Ordinal);
        Assert.Contains("scope 'nowhere' is not in the catalogue", run, StringComparison.Ordinal);
        Assert.Contains("66 % is not a percentage value read in the sentence", run, StringComparison.Ordinal);
        Assert.Contains("open..65 t is not a percentage value read in the sentence", run, StringComparison.Ordinal);
        Assert.Contains("period '2031' is not a date named in the sentence", run, StringComparison.Ordinal);
        Assert.Contains("invalid answer, discarded: not JSON", run, StringComparison.Ordinal);
        Assert.Empty(ModelClaims(await ClaimsJsonAsync(environment)));
    }

    [Fact]
    public async Task The_cache_answers_a_second_run_without_a_request()
    {
        using var server = new ChatCompletionsServer((_, _) => (200, NoClaims));
        var environment = LlmWorkspace.Setup(corpus, _root, Data, server.Endpoint, maxRequests: 500);

        var first = JsonDocument.Parse(await RunAsync(environment, "adjudicate", "--extract", "--json")).RootElement;
        var second = JsonDocument.Parse(await RunAsync(environment, "adjudicate", "--extract", "--json")).RootElement;

        var sentences = first.GetProperty("sentences").GetInt32();
        Assert.True(sentences > 0);
        Assert.Equal((sentences, sentences), (first.GetProperty("requests").GetInt32(), server.Requests.Count));
        Assert.Equal((0, 0, sentences), (second.GetProperty("requests").GetInt32(), second.GetProperty("asked").GetInt32(), second.GetProperty("cached").GetInt32()));
        Assert.Equal(sentences, server.Requests.Count);
    }

    [Fact]
    public async Task With_no_endpoint_nothing_is_sent_and_the_claims_are_unchanged()
    {
        using var server = new ChatCompletionsServer((_, _) => (200, NoClaims));
        var environment = LlmWorkspace.Setup(corpus, _root, Data, endpoint: null);
        environment["PIPELINE_LLM_ENDPOINT"] = "";
        var before = await ClaimsJsonAsync(environment);

        var run = await RunAsync(environment, "adjudicate", "--extract");

        Assert.Contains("nothing was sent", run, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Equal(before, await ClaimsJsonAsync(environment));
    }

    private async Task<string> RunAsync(Dictionary<string, string> environment, params string[] arguments)
    {
        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, arguments);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    private Task<string> ClaimsJsonAsync(Dictionary<string, string> environment) => RunAsync(environment, "claims", "--json");

    private static List<JsonElement> ModelClaims(string claimsJson) =>
        [.. JsonDocument.Parse(claimsJson).RootElement.EnumerateArray().Where(c => c.GetProperty("origin").GetString() == "model")];

    public void Dispose() => _root.Dispose();
}
