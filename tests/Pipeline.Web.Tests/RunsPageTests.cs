using Microsoft.Playwright;
using Pipeline.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipeline.Web.Tests;

[Collection(ServedCorpus.Name)]
public sealed class RunsPageTests(WebFixture web, ITestOutputHelper output)
{
    [Fact]
    public async Task The_runs_page_lists_the_last_run_with_its_counts_and_links_the_dashboard()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/runs"));

        var run = page.Locator("table.runs tbody tr").First;
        await Assertions.Expect(run.Locator(".status")).ToHaveTextAsync("succeeded");
        // ingest-now read the corpus that the fixture had ingested: 15 articles, all unchanged.
        await Assertions.Expect(run.Locator("td.num").Nth(2)).ToHaveTextAsync("15");
        await Assertions.Expect(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "jobs dashboard" })).ToHaveAttributeAsync("href", "/hangfire");
        output.WriteLine($"runs screenshot: {await Screenshots.SaveAsync(page, "runs")}");
    }

    [Fact]
    public async Task On_a_phone_each_run_is_a_card_that_needs_no_sideways_scrolling()
    {
        var page = await web.NewPageAsync();
        await page.SetViewportSizeAsync(390, 800);
        await page.GotoAsync(web.Url("/runs"));

        var region = page.Locator(".table-scroll");
        var (scrollWidth, clientWidth) = (await region.EvaluateAsync<int>("e => e.scrollWidth"), await region.EvaluateAsync<int>("e => e.clientWidth"));
        Assert.True(scrollWidth <= clientWidth, $"the runs table is {scrollWidth} px wide in a {clientWidth} px column");
        // The column's name stands with each value, since the header row is hidden.
        var label = await page.Locator("table.runs tbody td[data-label='Trigger']").First
            .EvaluateAsync<string>("e => getComputedStyle(e, '::before').content");
        Assert.Equal("\"Trigger\"", label);
    }
}
