using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pipeline.Web.Tests.Infrastructure;

/// <summary>Waits for a page that a click or a key press has sent elsewhere.</summary>
internal static class Arrival
{
    /// <summary>
    /// Until the page's address matches, then until its new document has loaded.
    /// </summary>
    /// <remarks>
    /// <c>WaitForURLAsync</c> reads the address once and then listens for the next navigation. Playwright's
    /// events arrive on another thread, so a navigation that lands between the two is missed, and the test
    /// waits 30 s for one that never comes (seen once in CI on a busy machine). Polling the address cannot miss it.
    /// </remarks>
    public static async Task AtAsync(IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
