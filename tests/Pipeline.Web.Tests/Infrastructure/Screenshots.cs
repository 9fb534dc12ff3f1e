using Microsoft.Playwright;

namespace Pipeline.Web.Tests.Infrastructure;

/// <summary>Saves page screenshots as test artifacts: in $PIPELINE_TEST_ARTIFACTS, else artifacts/ beside the tests.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("PIPELINE_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    /// <summary>The whole page at desktop width, then at a phone's width; returns the desktop file's path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var desktop = Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = desktop, FullPage = true });
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-narrow.png"), FullPage = true });
        if (size is not null)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
        return desktop;
    }
}
