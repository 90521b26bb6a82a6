using AllJapanTokyo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AllJapanTokyo.BrowserTests.Layout;

/// <summary>
/// The busiest public pages on a 390 px phone (JIS X 8341-3 AA, WCAG 1.4.10 in spirit): the page never scrolls
/// sideways (a wide table scrolls inside its own box), and no table header or short cell breaks a word across lines —
/// no 「東/京/都」 or 「工/事」, on a phone nor in a desktop's narrow columns — which chromium is asked directly: each
/// word's text range must lie on a single line.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadableOnAPhone(BrowserFixture fixture, ITestOutputHelper output)
{
    public const int PhoneWidth = 390;

    public const int ShortCell = 8;

    public static TheoryData<string> Pages => ["/", "/procurement", "/dashboard", "/fairs"];

    /// <summary>The pages with tables (the front page has none), on a phone and on a desktop.</summary>
    public static TheoryData<string, int> TablePages => new()
    {
        { "/procurement", PhoneWidth }, { "/dashboard", PhoneWidth }, { "/fairs", PhoneWidth }, { "/prefectures/15", PhoneWidth },
        { "/procurement", 1280 }, { "/dashboard", 1280 }, { "/fairs", 1280 }, { "/prefectures/15", 1280 },
    };

    /// <summary>
    /// Every word (a run of characters between spaces and punctuation) of every shown table header and of every short cell
    /// (「工事」, 「新潟県」: up to <see cref="ShortCell"/> characters; longer running text may break between phrases),
    /// with the number of lines chromium laid it out on; visually hidden text (1 px boxes for screen readers) is left out.
    /// </summary>
    private const string TableWordsScript = """
        shortCell => {
          const word = /[^\s、。，,・\/／（）()「」『』:：;；~〜\-–—]+/gu;
          const words = [];
          for (const cell of document.querySelectorAll('table th, table td')) {
            if (cell.getClientRects().length === 0) continue;
            if (cell.tagName === 'TD' && cell.innerText.trim().length > shortCell) continue;
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const box = node.parentElement.getBoundingClientRect();
              if (box.width <= 1 || box.height <= 1) continue;
              for (const match of node.data.matchAll(word)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = [];
                for (const rect of range.getClientRects()) {
                  if (rect.width > 0 && !tops.some(top => Math.abs(top - rect.top) < 2)) tops.push(rect.top);
                }
                words.push({ cell: cell.textContent.trim().replace(/\s+/g, ' '), word: match[0], lines: tops.length });
              }
            }
          }
          return words;
        }
        """;

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path, int width = PhoneWidth)
    {
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 844);
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"{path} answered {response?.Status}.");
        return page;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task The_page_does_not_scroll_sideways(string path)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenAsync(context, path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");

        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide in a {widths[1]} px window: the page scrolls sideways.");
    }

    [SkippableTheory]
    [MemberData(nameof(TablePages))]
    public async Task No_table_header_or_short_cell_breaks_a_word_across_lines(string path, int width)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenAsync(context, path, width);

        var words = await page.EvaluateAsync<TableWord[]>(TableWordsScript, ShortCell);

        output.WriteLine($"{path} at {width} px: {words.Length} words, e.g. {string.Join(" ", words.Take(12).Select(w => w.Word))}");
        Assert.NotEmpty(words);
        var broken = words.Where(w => w.Lines > 1).Select(w => $"「{w.Word}」 over {w.Lines} lines in the cell 「{w.Cell}」").ToList();
        Assert.True(broken.Count == 0, $"{path} at {width} px:\n{string.Join('\n', broken)}");
    }

    /// <summary>What <see cref="TableWordsScript"/> reads for one word (Playwright fills it property by property).</summary>
    public sealed record TableWord
    {
        public string Cell { get; init; } = "";

        public string Word { get; init; } = "";

        public int Lines { get; init; }
    }
}
