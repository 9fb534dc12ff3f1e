using System.Text.RegularExpressions;
using Microsoft.Playwright;
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

        var confirmed = await DecideFirstOpenAsync(page, "Confirm conflict", "units differ: per pound vs per kilogram");
        var dismissed = await DecideFirstOpenAsync(page, "Dismiss", "same figure, rounded");

        await page.GotoAsync(web.Url("/review"));
        await page.ReloadAsync();
        var confirmedItem = page.Locator($"#{confirmed}");
        await Assertions.Expect(confirmedItem.Locator(".meta .status")).ToHaveTextAsync("confirmed");
        await Assertions.Expect(confirmedItem.Locator("textarea")).ToHaveValueAsync("units differ: per pound vs per kilogram");
        var dismissedItem = page.Locator($"#{dismissed}");
        await Assertions.Expect(dismissedItem.Locator(".meta .status")).ToHaveTextAsync("dismissed");
        await Assertions.Expect(dismissedItem.Locator("textarea")).ToHaveValueAsync("same figure, rounded");
    }

    [Fact]
    public async Task Each_side_shows_the_scope_and_how_the_figure_is_meant()
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

    /// <summary>Decides the first open item with a note; returns its element id. The page comes back with the same filter, at the next item.</summary>
    private static async Task<string> DecideFirstOpenAsync(IPage page, string button, string note)
    {
        var item = page.Locator("article.review-item").First;
        var id = await item.GetAttributeAsync("id") ?? throw new InvalidOperationException("an item without id");
        await item.Locator("textarea").FillAsync(note);
        await item.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/review\?status=open&decided=\d+#item-\d+$"));
        Assert.Equal(0, await page.Locator($"#{id}").CountAsync());
        // The page says what became of the item that left the open list.
        var said = button == "Dismiss" ? "dismissed" : "confirmed";
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"#{id["item-".Length..]} ");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"is {said}, with the note “{note}”");
        return id;
    }
}
