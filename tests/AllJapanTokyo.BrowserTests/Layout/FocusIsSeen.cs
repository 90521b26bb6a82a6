using System.Globalization;
using System.Text.RegularExpressions;
using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AllJapanTokyo.BrowserTests.Layout;

/// <summary>
/// Someone who moves with Tab sees where they are (WCAG 2.4.7, JIS X 8341-3 AA): the focus indicator of a main-menu
/// link (on the dark bar) and of a field (on the white page) is drawn, and its colour has a contrast of 3:1 or more
/// against the background around it — measured from chromium's computed outline and background colours.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FocusIsSeen(BrowserFixture fixture, ITestOutputHelper output)
{
    public const double MinimumContrast = 3.0;

    /// <summary>The focused element's outline and box-shadow, and the first opaque background behind it (its ancestors').</summary>
    private const string FocusRingScript = """
        () => {
          const element = document.activeElement;
          const style = getComputedStyle(element);
          let background = 'rgb(255, 255, 255)';
          for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            const colour = getComputedStyle(parent).backgroundColor;
            if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) { background = colour; break; }
          }
          return {
            focusVisible: element.matches(':focus-visible'),
            outlineStyle: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth) || 0,
            outlineColor: style.outlineColor,
            boxShadow: style.boxShadow,
            background,
          };
        }
        """;

    /// <summary>Presses Tab from the top of the page until <paramref name="target"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        var presses = 0;
        while (!await target.EvaluateAsync<bool>("e => e === document.activeElement"))
        {
            Assert.True(++presses <= 40, "The element was not reached with 40 presses of Tab.");
            await page.Keyboard.PressAsync("Tab");
        }
    }

    private async Task<double> FocusContrastAsync(IPage page, string what)
    {
        var ring = await page.EvaluateAsync<FocusRing>(FocusRingScript);
        output.WriteLine($"{what}: {ring}");
        Assert.True(ring.FocusVisible, $"{what}: the focus is not shown (:focus-visible does not match).");
        Assert.True(ring.OutlineStyle != "none" && ring.OutlineWidth >= 2, $"{what}: no outline of 2 px or more is drawn ({ring.OutlineStyle} {ring.OutlineWidth} px).");
        var contrast = Contrast(Rgb(ring.OutlineColor), Rgb(ring.Background));
        output.WriteLine($"{what}: focus outline {ring.OutlineColor} on {ring.Background} = {contrast:0.00}:1");
        return contrast;
    }

    [SkippableFact]
    public async Task A_main_menu_link_shows_its_focus_at_3_to_1_on_the_dark_bar()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await TabToAsync(page, page.Locator("#main-nav a.nav-link").First);

        var contrast = await FocusContrastAsync(page, "Main-menu link");
        Assert.True(contrast >= MinimumContrast, $"The main-menu link's focus outline has {contrast:0.00}:1 against the bar.");
    }

    [SkippableFact]
    public async Task A_field_shows_its_focus_at_3_to_1_on_the_page()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/procurement");

        await TabToAsync(page, page.Locator("main input#q"));

        var contrast = await FocusContrastAsync(page, "Search field");
        Assert.True(contrast >= MinimumContrast, $"The search field's focus outline has {contrast:0.00}:1 against the page.");
    }

    [Theory]
    [InlineData("rgb(255, 255, 255)", "rgb(0, 0, 0)", 21.0)]
    [InlineData("rgb(255, 210, 77)", "rgb(11, 61, 110)", 7.6)]
    [InlineData("rgb(11, 61, 110)", "rgb(255, 255, 255)", 11.0)]
    [InlineData("rgb(119, 119, 119)", "rgb(255, 255, 255)", 4.5)]
    public void The_contrast_is_computed_as_WCAG_defines_it(string foreground, string background, double expected) =>
        Assert.Equal(expected, Contrast(Rgb(foreground), Rgb(background)), precision: 1);

    /// <summary>WCAG 2.0's contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, the lighter first.</summary>
    public static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((double R, double G, double B) colour)
    {
        static double Channel(double value)
        {
            var c = value / 255;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(colour.R) + 0.7152 * Channel(colour.G) + 0.0722 * Channel(colour.B);
    }

    /// <summary>An opaque computed colour, "rgb(11, 61, 110)"; a translucent one fails, as its contrast depends on what lies under it.</summary>
    public static (double R, double G, double B) Rgb(string computed)
    {
        var match = RgbPattern().Match(computed);
        Assert.True(match.Success, $"Not an rgb() colour: {computed}");
        Assert.True(!match.Groups["a"].Success || double.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture) >= 1, $"A translucent colour: {computed}");
        return (Parse(match.Groups["r"].Value), Parse(match.Groups["g"].Value), Parse(match.Groups["b"].Value));

        static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^rgba?\((?<r>[\d.]+),\s*(?<g>[\d.]+),\s*(?<b>[\d.]+)(?:,\s*(?<a>[\d.]+))?\)$")]
    private static partial Regex RgbPattern();

    /// <summary>What <see cref="FocusRingScript"/> reads (Playwright fills it property by property).</summary>
    public sealed record FocusRing
    {
        public bool FocusVisible { get; init; }

        public string OutlineStyle { get; init; } = "";

        public double OutlineWidth { get; init; }

        public string OutlineColor { get; init; } = "";

        public string BoxShadow { get; init; } = "";

        public string Background { get; init; } = "";
    }
}
