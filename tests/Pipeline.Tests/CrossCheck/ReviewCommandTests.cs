using System.Globalization;
using System.Text.Json;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;
using Pipeline.Tests.Ingestion;

namespace Pipeline.Tests.CrossCheck;

/// <summary>`pipeline crosscheck` and `pipeline review` as a user runs them: JSON shapes, decisions, exit codes.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task Crosscheck_then_review_list_and_decide()
    {
        foreach (var prefix in new[] { "en_02", "en_05" })
        {
            var file = Directory.GetFiles(CorpusFixture.Folder, prefix + "_*").Single();
            File.Copy(file, _input.Combine(Path.GetFileName(file)));
        }
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Path)).ExitCode);

        var crosscheck = await PipelineProcess.RunAsync(_data.Path, "crosscheck", "--json");
        Assert.Equal(0, crosscheck.ExitCode);
        var summary = JsonDocument.Parse(crosscheck.Stdout).RootElement;
        foreach (var name in new[] { "claims", "blocks", "pairsCompared", "corroborations", "conflicts", "newConflicts" })
        {
            Assert.True(summary.TryGetProperty(name, out _), $"no '{name}' in the summary");
        }
        Assert.True(summary.GetProperty("newConflicts").GetInt32() >= 1);
        var text = await PipelineProcess.RunAsync(_data.Path, "crosscheck");
        Assert.Contains("pairs compared", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 new", text.Stdout, StringComparison.Ordinal);

        var list = await PipelineProcess.RunAsync(_data.Path, "review", "list", "--json");
        Assert.Equal(0, list.ExitCode);
        var item = Assert.Single(JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray(),
            i => i.GetProperty("fact").GetProperty("measure").GetString() == "price-floor");
        Assert.Equal(
            ["id", "status", "fact", "groups", "reason", "severity", "unitConfusion", "decision", "verdict", "a", "b"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("open", "high", true), (item.GetProperty("status").GetString(), item.GetProperty("severity").GetString(), item.GetProperty("unitConfusion").GetBoolean()));
        Assert.Equal("per lb vs per kg: 110 USD/lb = 242.5 USD/kg vs 110 USD/kg", item.GetProperty("reason").GetString());
        var groups = item.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal([("110 USD/kg", false), ("110 USD/lb = 242.5 USD/kg", true)],
            groups.Select(g => (g.GetProperty("value").GetString(), g.GetProperty("dissent").GetBoolean())));
        // a: the best-supported group's claim; b: the dissent's, as pair items had them.
        var b = item.GetProperty("b");
        Assert.Equal(
            ["docId", "source", "title", "date", "lang", "script", "sentence", "start", "end", "written", "origin", "value"],
            b.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("USD/kg", "USD/lb", "exact"),
            (b.GetProperty("value").GetProperty("unit").GetString(), b.GetProperty("value").GetProperty("statedUnit").GetString(), b.GetProperty("value").GetProperty("qualifier").GetString()));
        var show = await PipelineProcess.RunAsync(_data.Path, "show", b.GetProperty("docId").GetInt32().ToString(CultureInfo.InvariantCulture), "--json");
        var document = JsonDocument.Parse(show.Stdout).RootElement.GetProperty("text").GetString()!;
        Assert.Equal("$110 per pound", document[b.GetProperty("start").GetInt32()..b.GetProperty("end").GetInt32()]);
        Assert.Equal("$110 per pound", b.GetProperty("written").GetString());
        var a = item.GetProperty("a");
        Assert.Equal((110, "USD/kg"), (a.GetProperty("value").GetProperty("lo").GetDouble(), a.GetProperty("value").GetProperty("unit").GetString()));

        var id = item.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var noReason = await PipelineProcess.RunAsync(_data.Path, "review", "decide", id, "dismiss");
        Assert.Equal(2, noReason.ExitCode);
        Assert.Contains("needs a reason", Assert.Single(noReason.ErrorLines), StringComparison.Ordinal);
        var noGroup = await PipelineProcess.RunAsync(_data.Path, "review", "decide", id, "correct", "3");
        Assert.Equal(2, noGroup.ExitCode);
        Assert.Contains("value groups 1 to 2", Assert.Single(noGroup.ErrorLines), StringComparison.Ordinal);

        var decide = await PipelineProcess.RunAsync(_data.Path, "review", "decide", id, "dismiss", "--reason", "extraction-error", "--note", "checked: a unit error");
        Assert.Equal(0, decide.ExitCode);
        Assert.Contains("dismissed (extraction-error)", decide.Stdout, StringComparison.Ordinal);

        var dismissed = await PipelineProcess.RunAsync(_data.Path, "review", "list", "--status", "dismissed", "--json");
        var decided = Assert.Single(JsonDocument.Parse(dismissed.Stdout).RootElement.EnumerateArray());
        var decision = decided.GetProperty("decision");
        Assert.Equal(("dismissed", "extraction-error", "checked: a unit error"),
            (decision.GetProperty("status").GetString(), decision.GetProperty("reason").GetString(), decision.GetProperty("note").GetString()));
        var open = await PipelineProcess.RunAsync(_data.Path, "review", "list", "--status", "open", "--json");
        Assert.DoesNotContain(JsonDocument.Parse(open.Stdout).RootElement.EnumerateArray(), i => i.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture) == id);

        var corrected = await PipelineProcess.RunAsync(_data.Path, "review", "decide", id, "correct", "1", "--json");
        Assert.Equal(("corrected", "110 USD/kg"), (
            JsonDocument.Parse(corrected.Stdout).RootElement.GetProperty("decision").GetProperty("status").GetString(),
            JsonDocument.Parse(corrected.Stdout).RootElement.GetProperty("decision").GetProperty("correct").GetString()));

        var terminal = await PipelineProcess.RunAsync(_data.Path, "review", "list");
        Assert.Equal(0, terminal.ExitCode);
        Assert.Contains("per lb vs per kg: 110 USD/lb = 242.5 USD/kg vs 110 USD/kg", terminal.Stdout, StringComparison.Ordinal);
        Assert.Contains("corrected to 110 USD/kg", terminal.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_item_exits_1_and_a_bad_decision_or_status_exits_2()
    {
        var unknown = await PipelineProcess.RunAsync(_data.Path, "review", "decide", "999", "confirm");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("999", Assert.Single(unknown.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(unknown.Stdout);

        var badWord = await PipelineProcess.RunAsync(_data.Path, "review", "decide", "1", "maybe");
        Assert.Equal(2, badWord.ExitCode);
        Assert.Contains("maybe", Assert.Single(badWord.ErrorLines), StringComparison.Ordinal);

        Assert.Equal(2, (await PipelineProcess.RunAsync(_data.Path, "review", "decide", "x", "confirm")).ExitCode);
        Assert.Equal(2, (await PipelineProcess.RunAsync(_data.Path, "review", "list", "--status", "pending")).ExitCode);
        Assert.DoesNotContain("   at ", badWord.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _data.Dispose();
        _input.Dispose();
    }
}
