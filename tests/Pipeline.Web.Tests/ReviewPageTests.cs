using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipeline.Storage;
using Pipeline.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipeline.Web.Tests;

[Collection(ServedCorpus.Name)]
public sealed class ReviewPageTests(WebFixture web, ITestOutputHelper output)
{
    [Fact]
    public async Task Confirm_and_dismiss_persist_across_a_reload()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/review?status=open"));
        output.WriteLine($"review screenshot: {await Screenshots.SaveAsync(page, "review")}");

        var confirmed = await DecideFirstOpenAsync(page, "Confirm dispute", "confirmed", "units differ: per pound vs per kilogram");
        var dismissed = await DecideFirstOpenAsync(page, "Dismiss", "dismissed (different-period)", "not the same year", reason: "different-period");

        await page.GotoAsync(web.Url("/review"));
        await page.ReloadAsync();
        var confirmedItem = page.Locator($"#{confirmed}");
        await Assertions.Expect(confirmedItem.Locator(".meta .status")).ToHaveTextAsync("confirmed");
        await Assertions.Expect(confirmedItem.Locator("textarea")).ToHaveValueAsync("units differ: per pound vs per kilogram");
        var dismissedItem = page.Locator($"#{dismissed}");
        await Assertions.Expect(dismissedItem.Locator(".meta .status")).ToHaveTextAsync("dismissed");
        await Assertions.Expect(dismissedItem.Locator(".decided")).ToContainTextAsync("dismissed (different-period)");
        await Assertions.Expect(dismissedItem.Locator("select[name=reason]")).ToHaveValueAsync("different-period");
    }

    [Fact]
    public async Task A_dispute_shows_its_value_groups_best_supported_first_with_the_dissent_marked()
    {
        var page = await web.NewPageAsync();
        // China's 2024 share of refining: about 90% in most sources, "95% and more" in one.
        await page.GotoAsync(web.Url("/review?entity=china&attribute=refining-share"));
        var item = page.Locator("article.review-item").First;
        var groups = item.Locator(".group");
        await Assertions.Expect(groups.First).ToContainTextAsync("1. ≈90%");
        await Assertions.Expect(groups.First.Locator(".dissent-badge")).ToHaveCountAsync(0);
        await Assertions.Expect(item.Locator(".group.dissent").First).ToContainTextAsync("dissent");
        Assert.True(await groups.First.Locator(".side").CountAsync() >= 3, "the best-supported group lists each of its sources");
        await Assertions.Expect(groups.First.Locator(".side mark").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Each_claim_shows_the_scope_and_how_the_figure_is_meant()
    {
        var page = await web.NewPageAsync();
        // MP's planned magnet capacity: 1,000 t against 10,000 t a year, both targets.
        await page.GotoAsync(web.Url("/review?attribute=production-capacity"));
        var sides = page.Locator("article.review-item").First.Locator(".side");
        await Assertions.Expect(sides).ToHaveCountAsync(2);
        await Assertions.Expect(sides.Nth(0)).ToContainTextAsync("Meant as: target");
        await Assertions.Expect(sides.Nth(1)).ToContainTextAsync("Meant as: target");

        // The per-pound floor: MP Materials' floor, narrowed to NdPr.
        await page.GotoAsync(web.Url("/review?attribute=price-floor"));
        await Assertions.Expect(page.Locator("article.review-item").First.Locator(".side").First).ToContainTextAsync("Scope: ndpr");
    }

    [Fact]
    public async Task The_order_control_puts_what_the_model_calls_a_different_scope_first()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/review?status=open"));
        var ids = await page.Locator("article.review-item").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.True(ids.Length >= 3, "the corpus has open disputes");
        // What `pipeline adjudicate` stores: the first item a real conflict, the last two not one fact.
        await SaveVerdictAsync(ids[0], "same-fact-conflict", 0.9);
        await SaveVerdictAsync(ids[^2], "different-period", 0.9);
        await SaveVerdictAsync(ids[^1], "different-scope", 0.6);

        await page.GotoAsync(web.Url("/review?status=open"));
        await page.Locator("select[name=sort]").SelectOptionAsync("cause");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Arrival.AtAsync(page, new Regex("sort=cause"));
        await Assertions.Expect(page.Locator("select[name=sort]")).ToHaveValueAsync("cause");
        var sorted = await page.Locator("article.review-item").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.Equal([ids[^1], ids[^2], ids[0]], sorted.Take(3));
        Assert.Equal(ids.Length, sorted.Length);
        await Assertions.Expect(page.Locator("article.review-item").First.Locator(".verdict")).ToContainTextAsync("different scope");
    }

    private async Task SaveVerdictAsync(string articleId, string cause, double confidence)
    {
        await using var db = PipelineDatabase.Open(new StorageOptions(web.DataDirectory, null));
        var saved = await new DisputeStore(db).SaveVerdictAsync(long.Parse(articleId["item-".Length..], CultureInfo.InvariantCulture),
            new DisputeVerdict(false, false, cause, "A scripted second opinion.", confidence, "test-model", DateTimeOffset.UtcNow));
        Assert.True(saved, articleId);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_a_phone_never_scrolls_sideways()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(web.Url("/review"));
        var all = await page.Locator("article.review-item").CountAsync();

        await page.GotoAsync(web.Url("/review?lang=zh-Hant"));
        var traditional = await page.Locator("article.review-item").CountAsync();
        Assert.InRange(traditional, 1, all - 1);
        foreach (var item in await page.Locator("article.review-item").AllAsync())
        {
            await Assertions.Expect(item.Locator(".group.dissent .badge", new() { HasTextString = "zh-Hant" }).First).ToBeVisibleAsync();
        }

        await page.SetViewportSizeAsync(390, 800);
        await page.GotoAsync(web.Url("/review"));
        var (scrollWidth, clientWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        output.WriteLine($"review at 390 px: {await Screenshots.SaveAsync(page, "review-phone")}");
        Assert.True(scrollWidth <= clientWidth, $"the review page is {scrollWidth} px wide in a {clientWidth} px window");
    }

    /// <summary>Decides the first open item with a note; returns its element id. The page comes back with the same filter, at the next item.</summary>
    private static async Task<string> DecideFirstOpenAsync(IPage page, string button, string said, string note, string? reason = null)
    {
        var item = page.Locator("article.review-item").First;
        var id = await item.GetAttributeAsync("id") ?? throw new InvalidOperationException("an item without id");
        await item.Locator("textarea").FillAsync(note);
        if (reason is not null)
        {
            await item.Locator("select[name=reason]").SelectOptionAsync(reason);
        }
        await item.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();

        await Arrival.AtAsync(page, new Regex(@"/review\?status=open&decided=\d+#item-\d+$"));
        Assert.Equal(0, await page.Locator($"#{id}").CountAsync());
        // The page says what became of the item that left the open list.
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"#{id["item-".Length..]} ");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"is {said} on ");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(note);
        return id;
    }
}
