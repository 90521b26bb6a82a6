using System.Globalization;
using System.Text.Encodings.Web;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Dashboard.Overview;

/// <summary>
/// The rendered heavy parts of the dashboard (the tile map or bar chart, the 47 table rows), kept per published-data
/// version, path base (the language prefix), culture, year, indicator, view and sort — never per highlight. Each part
/// is rendered twice, with no prefecture highlighted and with every one highlighted, and cut before each element that
/// carries <c>data-prefecture</c>: a page with any highlight (or none) is then the plain pieces with the highlighted
/// prefecture's pieces swapped in, the same bytes its own rendering gives (a prefecture's markup depends on its own
/// highlight only; <c>DashboardFragmentsAreThePage</c> holds every view to that). Bounded by the characters held.
/// </summary>
public sealed class DashboardFragmentStore : IDisposable
{
    /// <summary>Characters held at most (UTF-16: about twice as many bytes); the mix of 4 languages × 6 years × 3 indicators needs about 24 million.</summary>
    public const long MaxChars = 40_000_000;

    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = MaxChars });

    /// <summary>Off: every part is rendered per request, as the page was before (the tests compare both).</summary>
    public bool Enabled { get; set; } = true;

    public void Dispose() => Cache.Dispose();
}

/// <summary>A part of the dashboard cut at its prefectures: the text before the first, then one piece per prefecture element in both forms.</summary>
public sealed class HighlightablePart
{
    private const string Marker = "data-prefecture=\"";

    private HighlightablePart(string prefix, string[] codes, string[] plain, string[] highlighted)
    {
        Prefix = prefix;
        Codes = codes;
        Plain = plain;
        Highlighted = highlighted;
    }

    public string Prefix { get; }

    public IReadOnlyList<string> Codes { get; }

    public IReadOnlyList<string> Plain { get; }

    public IReadOnlyList<string> Highlighted { get; }

    public long Chars => Prefix.Length + Plain.Sum(p => (long)p.Length) + Highlighted.Sum(p => (long)p.Length);

    /// <summary>
    /// Cuts the two renderings of one part; null when they do not line up (other prefectures, or text outside the
    /// prefectures' elements that differs), in which case the part is rendered per request.
    /// </summary>
    public static HighlightablePart? Cut(string plain, string allHighlighted)
    {
        var (plainStarts, plainCodes) = Elements(plain);
        var (highlightedStarts, highlightedCodes) = Elements(allHighlighted);
        if (!plainCodes.SequenceEqual(highlightedCodes, StringComparer.Ordinal))
        {
            return null;
        }

        var plainPrefix = plainStarts.Count == 0 ? plain : plain[..plainStarts[0]];
        var highlightedPrefix = highlightedStarts.Count == 0 ? allHighlighted : allHighlighted[..highlightedStarts[0]];
        if (!string.Equals(plainPrefix, highlightedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        return new HighlightablePart(plainPrefix, [.. plainCodes], Pieces(plain, plainStarts), Pieces(allHighlighted, highlightedStarts));
    }

    /// <summary>The part as the page with this prefecture highlighted (null: none) shows it.</summary>
    public IHtmlContent For(string? highlightCode) => new Composed(this, highlightCode);

    private static (List<int> Starts, List<string> Codes) Elements(string html)
    {
        var starts = new List<int>();
        var codes = new List<string>();
        for (var at = html.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = html.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
        {
            var end = html.IndexOf('"', at + Marker.Length);
            var start = html.LastIndexOf('<', at);
            if (end < 0 || start < 0 || (starts.Count > 0 && start <= starts[^1]))
            {
                // Not an element of its own (two markers in one tag): nothing to cut safely.
                return ([], ["\u0000"]);
            }

            starts.Add(start);
            codes.Add(html[(at + Marker.Length)..end]);
        }

        return (starts, codes);
    }

    private static string[] Pieces(string html, List<int> starts) =>
        [.. starts.Select((start, i) => html[start..(i + 1 < starts.Count ? starts[i + 1] : html.Length)])];

    private sealed class Composed(HighlightablePart part, string? highlightCode) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write(part.Prefix);
            for (var i = 0; i < part.Plain.Count; i++)
            {
                writer.Write(highlightCode is not null && string.Equals(part.Codes[i], highlightCode, StringComparison.Ordinal) ? part.Highlighted[i] : part.Plain[i]);
            }
        }
    }
}

/// <summary>Renders and keeps the dashboard's parts (<see cref="DashboardFragmentStore"/>).</summary>
public sealed class DashboardFragments(DashboardFragmentStore store, PublishedViewCache published, IStringLocalizer L, HtmlEncoder encoder)
{
    private static readonly TimeSpan SlidingExpiration = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan AbsoluteExpiration = TimeSpan.FromHours(1);

    /// <summary>The picture of the page's view: the tile map (the same for both sorts) or the bar chart.</summary>
    public Task<IHtmlContent> ChartAsync(IHtmlHelper html, DashboardPage page) =>
        page.Map is not null
            ? PartAsync(html, page, "map", withSort: false, "_TileMap", p => p.Map!)
            : PartAsync(html, page, "bars", withSort: true, "_BarChart", p => p);

    /// <summary>The rows of the table (the same for both views).</summary>
    public Task<IHtmlContent> RowsAsync(IHtmlHelper html, DashboardPage page) =>
        PartAsync(html, page, "rows", withSort: true, "_ParticipationRows", p => p);

    private async Task<IHtmlContent> PartAsync(IHtmlHelper html, DashboardPage page, string part, bool withSort, string partial, Func<DashboardPage, object> model)
    {
        if (!store.Enabled)
        {
            return await html.PartialAsync(partial, model(page));
        }

        var context = html.ViewContext.HttpContext;
        var key = string.Join(
            '|',
            "dashboard-part",
            part,
            (await published.VersionAsync(context.RequestAborted)).ToString(CultureInfo.InvariantCulture),
            context.Request.PathBase.Value,
            CultureInfo.CurrentUICulture.Name,
            page.Overview.FiscalYear.ToString(CultureInfo.InvariantCulture),
            page.Metric.Code,
            withSort ? page.Sort.Code() : "");
        if (store.Cache.TryGetValue(key, out var found) && found is HighlightablePart kept)
        {
            return kept.For(page.Highlight?.Code);
        }

        var plain = DashboardPages.Create(page.Overview, page.View, page.Sort, null, L);
        var all = DashboardPages.Create(page.Overview, page.View, page.Sort, null, L, highlightAll: true);
        if (HighlightablePart.Cut(await RenderAsync(html, partial, model(plain)), await RenderAsync(html, partial, model(all))) is not { } cut)
        {
            return await html.PartialAsync(partial, model(page));
        }

        store.Cache.Set(key, cut, new MemoryCacheEntryOptions
        {
            Size = cut.Chars,
            SlidingExpiration = SlidingExpiration,
            AbsoluteExpirationRelativeToNow = AbsoluteExpiration,
        });
        return cut.For(page.Highlight?.Code);
    }

    private async Task<string> RenderAsync(IHtmlHelper html, string partial, object model)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        (await html.PartialAsync(partial, model)).WriteTo(writer, encoder);
        return writer.ToString();
    }
}

/// <summary><c>&lt;dashboard-part page="Model" part="chart|rows" /&gt;</c>: the part from <see cref="DashboardFragments"/>, in the place of its partial.</summary>
[HtmlTargetElement("dashboard-part", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DashboardPartTagHelper(DashboardFragments fragments, IHtmlHelper html) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public DashboardPage Page { get; set; } = null!;

    public string Part { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ((IViewContextAware)html).Contextualize(ViewContext);
        output.TagName = null;
        output.Content.SetHtmlContent(Part == "rows" ? await fragments.RowsAsync(html, Page) : await fragments.ChartAsync(html, Page));
    }
}
