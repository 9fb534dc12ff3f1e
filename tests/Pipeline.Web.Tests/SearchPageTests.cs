using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipeline.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipeline.Web.Tests;

[Collection(ServedCorpus.Name)]
public sealed partial class SearchPageTests(WebFixture web, ITestOutputHelper output)
{
    [Fact]
    public async Task Traditional_query_finds_simplified_articles_and_the_document_marks_the_matches()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/"));
        await page.GetByLabel("Query").FillAsync("稀土精煉");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Arrival.AtAsync(page, new Regex(@"\?q="));

        var simplifiedHits = page.Locator("li.result").Filter(new() { Has = page.Locator(".badge", new() { HasText = "zh-Hans" }) });
        Assert.True(await simplifiedHits.CountAsync() >= 2, "the Simplified articles match a Traditional query");
        // The snippet marks the Simplified spelling of the Traditional query word.
        var refining = simplifiedHits.Filter(new() { Has = page.Locator("mark.hit", new() { HasText = "精炼" }) }).First;
        output.WriteLine($"search screenshot: {await Screenshots.SaveAsync(page, "search")}");

        await refining.Locator("h3 a").ClickAsync();
        await Arrival.AtAsync(page, new Regex(@"/documents/\d+\?q="));
        var marks = page.Locator(".doc-text mark.hit");
        Assert.True(await marks.CountAsync() > 0);
        Assert.Contains("精炼", await marks.AllTextContentsAsync());
        Assert.Equal("zh-Hans", await page.Locator(".doc-text").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator(".legend")).ToContainTextAsync("search match");
        await Assertions.Expect(page.Locator(".legend")).ToContainTextAsync("claimed value");
        Assert.True(await page.Locator(".doc-text mark.claim").CountAsync() > 0, "claims are marked too");
        output.WriteLine($"document screenshot: {await Screenshots.SaveAsync(page, "document")}");
    }

    [Fact]
    public async Task An_entity_facet_narrows_the_results_to_the_documents_that_mention_it()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/?q=" + Uri.EscapeDataString("稀土")));
        var total = await MatchCountAsync(page);

        var narrower = page.Locator("a.facet").Filter(new() { Has = page.Locator(".count") });
        ILocator? chosen = null;
        var expected = 0;
        for (var i = 0; i < await narrower.CountAsync() && chosen is null; i++)
        {
            var count = int.Parse(await narrower.Nth(i).Locator(".count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if (count < total)
            {
                (chosen, expected) = (narrower.Nth(i), count);
            }
        }
        Assert.NotNull(chosen);
        var entity = await chosen.GetAttributeAsync("data-entity");
        await chosen.ClickAsync();

        await Arrival.AtAsync(page, new Regex("entity=" + Regex.Escape(entity!)));
        Assert.Equal(expected, await MatchCountAsync(page));
        Assert.True(expected < total);
        await Assertions.Expect(page.Locator($"a.facet[data-entity='{entity}']")).ToHaveAttributeAsync("aria-current", "true");
    }

    [Fact]
    public async Task A_concept_s_name_says_which_other_names_were_searched_and_english_hits_mark_them()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/?q=" + Uri.EscapeDataString("保底价")));

        var told = page.Locator("p.searched-concept");
        await Assertions.Expect(told).ToContainTextAsync("保底价 is searched as the concept Price floor");
        await Assertions.Expect(told).ToContainTextAsync("minimum price");
        await Assertions.Expect(told).ToContainTextAsync("价格下限");
        // An English hit of the Chinese name marks the English name the index found.
        var english = page.Locator("li.result").Filter(new() { Has = page.Locator(".badge", new() { HasText = "en" }) });
        Assert.True(await english.CountAsync() > 0, "English articles match a Chinese concept name");
        var marked = await english.Locator("mark.hit").AllTextContentsAsync();
        Assert.Contains(marked, m => m.Contains("price", StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"concept screenshot: {await Screenshots.SaveAsync(page, "search-concept")}");
    }

    [Fact]
    public async Task A_malformed_query_shows_a_readable_message_not_an_error_page()
    {
        var page = await web.NewPageAsync();
        var response = await page.GotoAsync(web.Url("/?q=" + Uri.EscapeDataString("稀土 AND (")));

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot read query");
        Assert.Equal("稀土 AND (", await page.GetByLabel("Query").InputValueAsync());
    }

    [Fact]
    public async Task Keyboard_users_skip_to_the_content_and_search_without_a_mouse()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/"));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.GetByLabel("Query").FocusAsync();
        await page.Keyboard.TypeAsync("neodymium");
        await page.Keyboard.PressAsync("Enter");

        await Arrival.AtAsync(page, new Regex(@"\?q=neodymium"));
        Assert.True(await MatchCountAsync(page) > 0);
        // Every result link is reachable with Tab: none is taken out of the tab order.
        Assert.Equal(0, await page.Locator("li.result a[tabindex='-1']").CountAsync());
    }

    private static async Task<int> MatchCountAsync(IPage page)
    {
        var heading = await page.Locator("#results-heading").InnerTextAsync();
        return int.Parse(LeadingNumber().Match(heading).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
