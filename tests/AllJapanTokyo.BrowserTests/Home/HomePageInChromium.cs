using System.Text.Json;
using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Home;

/// <summary>
/// The front page as chromium paints it: Japanese headings drawn with a real Japanese font (Noto Sans CJK JP from
/// fonts-noto-cjk, not tofu boxes), and a full-page screenshot kept for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageInChromium(BrowserFixture fixture, ITestOutputHelper output)
{
    /// <summary>Where the screenshot goes: $SCREENSHOT_DIR, else the temp folder (/tmp/home.png on Linux).</summary>
    public static string ScreenshotPath =>
        Path.Combine(Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } dir ? dir : Path.GetTempPath(), "home.png");

    [SkippableFact]
    public async Task Japanese_text_is_drawn_with_a_CJK_font_and_a_screenshot_is_saved()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ALL JAPAN & TOKYO プロジェクト");

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });

        // Ask chromium which installed font it really used for the Japanese lead paragraph.
        var fonts = await PlatformFontsAsync(context, page, "main p.lead");
        output.WriteLine($"Screenshot: {ScreenshotPath}; fonts used for the Japanese lead paragraph: {string.Join(", ", fonts)}");
        Assert.True(
            fonts.Any(f => f.Contains("CJK", StringComparison.OrdinalIgnoreCase) || f.Contains("JP", StringComparison.Ordinal)),
            $"The Japanese text was drawn with: {string.Join(", ", fonts)} — install fonts-noto-cjk.");
    }

    private static async Task<List<string>> PlatformFontsAsync(IBrowserContext context, IPage page, string selector)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var rootId = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var node = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = rootId, ["selector"] = selector });
        var nodeId = node!.Value.GetProperty("nodeId").GetInt32();
        Assert.True(nodeId != 0, $"{selector} is not on the page.");
        var result = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = nodeId });
        return result!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => f.GetProperty("familyName").GetString() ?? "")
            .ToList();
    }
}
