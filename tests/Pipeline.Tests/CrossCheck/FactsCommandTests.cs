using System.Text.Json;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.CrossCheck;

/// <summary>`pipeline facts` as a user runs it: one item per fact, its sources gathered by value, the dissent marked.</summary>
public sealed class FactsCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task One_dissent_against_three_sources_in_two_languages_is_one_fact_with_two_groups()
    {
        Write("a.txt", "Refining report\nPublished: 2025-03-02\n\nChina held 90% of global rare earth refining in 2024, the survey found.\n");
        Write("b.txt", "Refining notes\nPublished: 2025-03-05\n\nIn 2024 China accounted for 90% of the world's rare earth refining.\n");
        Write("c.txt", "稀土精炼\nPublished: 2025-03-06\n\n2024年，中国占全球稀土精炼的90%。\n");
        Write("d.txt", "A different count\nPublished: 2025-03-09\n\nChina held 75% of global rare earth refining in 2024, one consultancy says.\n");
        Write("e.txt", "Output\nPublished: 2025-03-10\n\nChina mined 270,000 tonnes of rare earths in 2024.\n");
        Write("f.txt", "产量\nPublished: 2025-03-11\n\n2024年中国稀土开采量为27万吨。\n");
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Path)).ExitCode);

        var all = await PipelineProcess.RunAsync(_data.Path, "facts", "--json");
        Assert.Equal(0, all.ExitCode);
        var facts = JsonDocument.Parse(all.Stdout).RootElement.EnumerateArray().ToList();
        var dispute = Assert.Single(facts, f => f.GetProperty("disputed").GetBoolean());
        Assert.Equal(("china", "refining-share", "2024"), (
            dispute.GetProperty("fact").GetProperty("subject").GetString(),
            dispute.GetProperty("fact").GetProperty("measure").GetString(),
            dispute.GetProperty("fact").GetProperty("period").GetString()));
        var groups = dispute.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["90%", "75%"], groups.Select(g => g.GetProperty("value").GetString()));
        Assert.Equal([3, 1], groups.Select(g => g.GetProperty("support").GetInt32()));
        Assert.Equal([false, true], groups.Select(g => g.GetProperty("dissent").GetBoolean()));
        Assert.Equal(["en", "zh"], groups[0].GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("lang").GetString()).Distinct().Order());
        Assert.Equal("75% vs 90%, 15 points", dispute.GetProperty("reason").GetString());
        var output = Assert.Single(facts, f => f.GetProperty("fact").GetProperty("measure").GetString() == "mine-output");
        Assert.False(output.GetProperty("disputed").GetBoolean());
        Assert.Equal(2, output.GetProperty("sources").GetInt32());

        var disputedOnly = await PipelineProcess.RunAsync(_data.Path, "facts", "--disputed", "--json");
        Assert.Single(JsonDocument.Parse(disputedOnly.Stdout).RootElement.EnumerateArray());
        // The review queue holds the dispute once, as one item with the same two groups.
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "crosscheck")).ExitCode);
        var queue = JsonDocument.Parse((await PipelineProcess.RunAsync(_data.Path, "review", "list", "--json")).Stdout).RootElement;
        var item = Assert.Single(queue.EnumerateArray());
        Assert.Equal([("90%", false, 3), ("75%", true, 1)], item.GetProperty("groups").EnumerateArray()
            .Select(g => (g.GetProperty("value").GetString(), g.GetProperty("dissent").GetBoolean(), g.GetProperty("support").GetInt32())));
        Assert.Equal("2025-03-09", item.GetProperty("b").GetProperty("date").GetString());
        Assert.Equal("75%", item.GetProperty("b").GetProperty("written").GetString());

        var text = await PipelineProcess.RunAsync(_data.Path, "facts");
        Assert.Contains("75% vs 90%, 15 points", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("dissent", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 disputed, 1 corroborated", text.Stdout, StringComparison.Ordinal);
    }

    private void Write(string name, string text) => File.WriteAllText(_input.Combine(name), text);

    public void Dispose()
    {
        _data.Dispose();
        _input.Dispose();
    }
}
