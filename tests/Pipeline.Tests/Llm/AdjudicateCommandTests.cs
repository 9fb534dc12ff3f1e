using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipeline.Tests.Cli;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Llm;

/// <summary>`pipeline adjudicate` against a scripted OpenAI-compatible server, through Semantic Kernel's real OpenAI connector.</summary>
public sealed class AdjudicateCommandTests(DisputedCorpus corpus) : IClassFixture<DisputedCorpus>, IDisposable
{
    private const string KeyVariable = "PIPELINE_TEST_LLM_KEY";
    private const string Secret = "sk-test-0123456789-never-shown";

    private readonly TempDirectory _root = new();

    private string Data => _root.Combine("data");

    [Fact]
    public async Task With_no_endpoint_nothing_is_sent_and_the_queue_is_unchanged()
    {
        using var server = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict()));
        var environment = Setup(endpoint: null);
        environment["PIPELINE_LLM_ENDPOINT"] = "";
        var before = await ListAsync(environment);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nothing was sent", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Equal(before, await ListAsync(environment));
        Assert.All(JsonDocument.Parse(before).RootElement.EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("verdict").ValueKind));
    }

    [Fact]
    public async Task A_verdict_is_asked_with_every_groups_sentences_as_written_and_stored()
    {
        using var server = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict()));
        var environment = Setup(server.Endpoint, apiKeyEnv: KeyVariable);
        environment[KeyVariable] = Secret;

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal((6, 6, 0, 0, 6), (report.GetProperty("asked").GetInt32(), report.GetProperty("stored").GetInt32(),
            report.GetProperty("invalid").GetInt32(), report.GetProperty("failed").GetInt32(), report.GetProperty("requests").GetInt32()));
        Assert.Equal(720, report.GetProperty("tokens").GetInt64());
        Assert.All(server.Requests, r => Assert.Equal(("/v1/chat/completions", $"Bearer {Secret}"), (r.Path, r.Authorization)));

        var items = JsonDocument.Parse(await ListAsync(environment)).RootElement.EnumerateArray().ToList();
        var capacity = Assert.Single(items, i => i.GetProperty("fact").GetProperty("measure").GetString() == "production-capacity");
        var sentences = capacity.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("claims").EnumerateArray().Select(c => (Lang: c.GetProperty("lang").GetString(), Sentence: c.GetProperty("sentence").GetString()!)))
            .ToList();
        Assert.Equal(["en", "zh"], sentences.Select(s => s.Lang).Order());
        var request = Assert.Single(server.Requests, r => r.Text.Contains("measure: production-capacity", StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.Contains(s.Sentence, request.Text, StringComparison.Ordinal));

        var verdict = capacity.GetProperty("verdict");
        Assert.Equal(("different-scope", false, false, 0.8, "test-model"),
            (verdict.GetProperty("cause").GetString(), verdict.GetProperty("sameFact").GetBoolean(), verdict.GetProperty("disagree").GetBoolean(),
             verdict.GetProperty("confidence").GetDouble(), verdict.GetProperty("model").GetString()));
        Assert.Contains("mining", verdict.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal("open", capacity.GetProperty("status").GetString()); // a verdict never decides

        // The key went to the server only: not to the output, not to the database.
        var again = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate");
        Assert.Contains("0 open disputes without a verdict", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(6, server.Requests.Count);
        foreach (var text in new[] { run.Stdout, run.Stderr, again.Stdout, again.Stderr })
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        }
        foreach (var file in Directory.GetFiles(Data, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Secret, File.ReadAllText(file), StringComparison.Ordinal);
        }

        // The review page shows it in one line.
        var page = await ServeAsync(environment, "/review?attribute=production-capacity");
        Assert.Contains("Model says:</span> different scope (test-model, confidence 0.80): One figure is for mining", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_json_and_a_schema_violation_are_discarded_and_counted_and_the_run_goes_on()
    {
        using var server = new ChatCompletionsServer((n, _) => n switch
        {
            0 => (200, "The figures differ because of scope."),
            1 => (200, """{"sameFact": true, "disagree": true, "cause": "weather", "explanation": "x", "confidence": 0.5}"""),
            2 => (200, """{"sameFact": true, "disagree": true, "cause": "same-fact-conflict", "explanation": "x", "confidence": 1.5}"""),
            _ => (200, ChatCompletionsServer.Verdict()),
        });
        var environment = Setup(server.Endpoint);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal((6, 3, 3), (report.GetProperty("asked").GetInt32(), report.GetProperty("stored").GetInt32(), report.GetProperty("invalid").GetInt32()));
        var problems = report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Collection(problems,
            p => Assert.Contains("not JSON", p, StringComparison.Ordinal),
            p => Assert.Contains("cause must be one of", p, StringComparison.Ordinal),
            p => Assert.Contains("confidence must be a number from 0 to 1", p, StringComparison.Ordinal));
        var verdicts = JsonDocument.Parse(await ListAsync(environment)).RootElement.EnumerateArray().Select(i => i.GetProperty("verdict")).ToList();
        Assert.Equal(3, verdicts.Count(v => v.ValueKind == JsonValueKind.Null));
        Assert.All(verdicts.Where(v => v.ValueKind != JsonValueKind.Null), v => Assert.Equal("different-scope", v.GetProperty("cause").GetString()));
    }

    [Fact]
    public async Task A_500_is_retried_and_the_run_goes_on()
    {
        using var server = new ChatCompletionsServer((n, _) => n == 0 ? (500, "overloaded") : (200, ChatCompletionsServer.Verdict()));
        var environment = Setup(server.Endpoint);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal((6, 0, 7), (report.GetProperty("stored").GetInt32(), report.GetProperty("failed").GetInt32(), report.GetProperty("requests").GetInt32()));
    }

    [Fact]
    public async Task A_429_and_a_timeout_are_retried()
    {
        using var server = new ChatCompletionsServer((n, _) => n switch
        {
            0 => (429, "slow down"),
            2 => (0, ""),
            _ => (200, ChatCompletionsServer.Verdict()),
        });
        var environment = Setup(server.Endpoint, timeoutSeconds: 1);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal((6, 0, 8), (report.GetProperty("stored").GetInt32(), report.GetProperty("failed").GetInt32(), report.GetProperty("requests").GetInt32()));
    }

    [Fact]
    public async Task When_the_endpoint_is_down_the_run_stops_at_the_first_dispute_and_says_why()
    {
        string endpoint;
        using (var gone = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict())))
        {
            endpoint = gone.Endpoint;
        }
        var environment = Setup(endpoint);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("0 verdicts stored, 0 invalid answers discarded, 1 failed", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 requests", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("stopped: endpoint down (endpoint unreachable: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("5 disputes left for the next run", run.Stdout, StringComparison.Ordinal);

        var json = JsonDocument.Parse((await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json")).Stdout).RootElement;
        Assert.Equal((6, 0, 5), (json.GetProperty("waiting").GetInt32(), json.GetProperty("stored").GetInt32(), json.GetProperty("notAsked").GetInt32()));
        Assert.StartsWith("endpoint down", json.GetProperty("stopped").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_down_after_its_retries()
    {
        using var server = new ChatCompletionsServer((_, _) => (503, "maintenance"));
        var environment = Setup(server.Endpoint);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal((1, 0, 5, 2), (report.GetProperty("failed").GetInt32(), report.GetProperty("stored").GetInt32(),
            report.GetProperty("notAsked").GetInt32(), report.GetProperty("requests").GetInt32()));
        Assert.Equal("endpoint down (HTTP 503)", report.GetProperty("stopped").GetString());
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_429_retry_waits_as_long_as_the_server_asked()
    {
        using var server = new ChatCompletionsServer((n, _) => n == 0 ? (429, "slow down") : (200, ChatCompletionsServer.Verdict()), retryAfter: "2");
        var environment = Setup(server.Endpoint);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json", "--limit", "1");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(1, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("stored").GetInt32());
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        // Without the header the first retry comes after 250 ms.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.9), $"retried after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task A_rerun_takes_the_cached_answers_and_sends_nothing()
    {
        using var server = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict()));
        var environment = Setup(server.Endpoint, maxRequests: 6);
        var first = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");
        Assert.Equal(6, JsonDocument.Parse(first.Stdout).RootElement.GetProperty("stored").GetInt32());
        // The verdicts cleared (as when a dispute's figures change and change back): the same questions again.
        await using (var db = PipelineDatabase.Open(new StorageOptions(Data, null)))
        {
            await db.DisputeItems.ExecuteUpdateAsync(s => s.SetProperty(i => i.VerdictAt, (DateTimeOffset?)null).SetProperty(i => i.VerdictCause, (string?)null));
        }

        var again = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(6, server.Requests.Count);
        var report = JsonDocument.Parse(again.Stdout).RootElement;
        Assert.Equal((6, 0, 6, 6, 0, 0L), (report.GetProperty("waiting").GetInt32(), report.GetProperty("asked").GetInt32(), report.GetProperty("cached").GetInt32(),
            report.GetProperty("stored").GetInt32(), report.GetProperty("requests").GetInt32(), report.GetProperty("tokens").GetInt64()));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("stopped").ValueKind); // the budget of 6 was spent by the first run, not this one
        var text = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate");
        Assert.Contains("0 open disputes without a verdict", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_an_error_echoes_is_never_shown()
    {
        using var server = new ChatCompletionsServer((_, r) => (401, $"Incorrect API key provided: {r.Authorization}"));
        var environment = Setup(server.Endpoint, apiKeyEnv: KeyVariable);
        environment[KeyVariable] = Secret;

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(6, server.Requests.Count); // a 401 is not retried
        Assert.Contains("HTTP 401", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[api key]", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_budget_stops_the_run_and_says_so()
    {
        using var server = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict()));
        var environment = Setup(server.Endpoint, maxRequests: 2);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("2 verdicts stored", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("stopped: request budget spent (2 per run); 4 disputes left for the next run", run.Stdout, StringComparison.Ordinal);

        var next = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");
        var report = JsonDocument.Parse(next.Stdout).RootElement;
        Assert.Equal((4, 2, 2), (report.GetProperty("waiting").GetInt32(), report.GetProperty("stored").GetInt32(), report.GetProperty("notAsked").GetInt32()));
        Assert.StartsWith("request budget spent", report.GetProperty("stopped").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_budget_counts_the_responses_usage_and_stops_the_run()
    {
        using var server = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict()));
        var environment = Setup(server.Endpoint, maxTokens: 200);

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal((2, 2, 4, 240L), (report.GetProperty("asked").GetInt32(), report.GetProperty("stored").GetInt32(),
            report.GetProperty("notAsked").GetInt32(), report.GetProperty("tokens").GetInt64()));
        Assert.Equal("token budget spent (240 of 200 per run)", report.GetProperty("stopped").GetString());
    }

    [Fact]
    public async Task Sorted_by_cause_the_queue_shows_what_the_model_calls_a_different_scope_first_and_facts_show_the_verdict()
    {
        // Six disputes: the model calls the first two (in the default order) real, the next ones other scopes, periods, measures.
        string[] causes = ["same-fact-conflict", "unit-confusion", "different-measure", "different-period", "different-scope", "extraction-error"];
        using var server = new ChatCompletionsServer((n, _) => (200, ChatCompletionsServer.Verdict(causes[n], 0.7)));
        var environment = Setup(server.Endpoint);
        var before = JsonDocument.Parse(await ListAsync(environment)).RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(0, (await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "adjudicate")).ExitCode);

        var sorted = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "review", "list", "--sort", "cause", "--json");

        Assert.True(sorted.ExitCode == 0, sorted.Stderr);
        var items = JsonDocument.Parse(sorted.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(["different-scope", "different-period", "different-measure", "extraction-error", "unit-confusion", "same-fact-conflict"],
            items.Select(i => i.GetProperty("verdict").GetProperty("cause").GetString()));
        Assert.Equal(before.Order(), items.Select(i => i.GetProperty("id").GetInt64()).Order());
        // The default order is the rules' own, whatever the model said.
        Assert.Equal(before, JsonDocument.Parse(await ListAsync(environment)).RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        var wrong = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "review", "list", "--sort", "model");
        Assert.NotEqual(0, wrong.ExitCode);

        var facts = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "facts", "--disputed", "--json");
        Assert.True(facts.ExitCode == 0, facts.Stderr);
        var disputed = JsonDocument.Parse(facts.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(6, disputed.Count);
        Assert.Equal(causes.Order(), disputed.Select(f => f.GetProperty("verdict").GetProperty("cause").GetString()).Order());
        Assert.All(disputed, f => Assert.Equal("test-model", f.GetProperty("verdict").GetProperty("model").GetString()));

        var api = JsonDocument.Parse(await ServeAsync(environment, "/api/review?status=open&sort=cause")).RootElement;
        Assert.Equal(items.Select(i => i.GetProperty("id").GetInt64()), api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
    }

    /// <summary>A copy of the disputed corpus and of config/ with this llm.yaml; returns the environment that points at it.</summary>
    private Dictionary<string, string> Setup(string? endpoint, string? apiKeyEnv = null, int maxRequests = 50, int maxTokens = 100_000, int timeoutSeconds = 10) =>
        LlmWorkspace.Setup(corpus, _root, Data, endpoint, apiKeyEnv, maxRequests, maxTokens, timeoutSeconds);

    private async Task<string> ListAsync(Dictionary<string, string> environment)
    {
        var list = await PipelineProcess.RunWithEnvironmentAsync(environment, Data, "review", "list", "--json");
        Assert.True(list.ExitCode == 0, list.Stderr);
        return list.Stdout;
    }

    /// <summary>The page at <paramref name="path"/> from `pipeline serve` over the test's data.</summary>
    private async Task<string> ServeAsync(Dictionary<string, string> environment, string path)
    {
        using var process = PipelineProcess.Start(environment, Data, "serve", "--urls", "http://127.0.0.1:0");
        try
        {
            const string Prefix = "Pipeline is serving at ";
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            string? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
            {
                address = line.StartsWith(Prefix, StringComparison.Ordinal) ? line[Prefix.Length..].Split(' ')[0] : null;
            }
            Assert.NotNull(address);
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            return await http.GetStringAsync(new Uri(path, UriKind.Relative));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => _root.Dispose();
}
