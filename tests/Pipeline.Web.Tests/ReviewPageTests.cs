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
