using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using AllJapanTokyo.Domain.Common;
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

    private static readonly TimeSpan SlidingExpiration = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan AbsoluteExpiration = TimeSpan.FromHours(1);

    /// <summary>Off: every part is rendered per request, as the page was before (the tests compare both).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, counted as <paramref name="chars"/> characters of the bound.</summary>
    public void Keep(string key, object value, long chars) =>
        Cache.Set(key, value, new MemoryCacheEntryOptions
        {
            Size = chars,
            SlidingExpiration = SlidingExpiration,
            AbsoluteExpirationRelativeToNow = AbsoluteExpiration,
        });

    /// <summary>
    /// The dashboard's page without a highlight, kept under <paramref name="key"/> (published-data version, language,
    /// year, indicator, view, sort) beside the parts, sized by the characters of its texts; never changed once kept
    /// (DashboardPages.WithHighlight copies it). Kept here rather than in the published views' store, whose 2,000
    /// entries the thousands of distinct stored pages of the dashboard's views push out.
    /// </summary>
    public async Task<DashboardPage> PageAsync(string key, Func<Task<DashboardPage>> create)
    {
        key = "dashboard-page|" + key;
        if (Enabled && Cache.TryGetValue(key, out var found) && found is DashboardPage kept)
        {
            return kept;
        }

        var page = await create();
        if (Enabled)
        {
            Keep(key, page, 1_000 + page.Rows.Sum(r => (long)r.Title.Length + r.ValueText.Length));
        }

        return page;
    }

    public void Dispose() => Cache.Dispose();
}

/// <summary>A part of the dashboard cut at its prefectures: the text before the first, then one piece per prefecture element in both forms.</summary>
public sealed class HighlightablePart : IHighlightable
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

    private Utf8Pieces? utf8;

    /// <summary>The same as <see cref="For"/>, as UTF-8 (encoded once, on first use).</summary>
    public void WriteUtf8(IBufferWriter<byte> writer, string? highlightCode)
    {
        var pieces = utf8 ??= new Utf8Pieces(Encoding.UTF8.GetBytes(Prefix), [.. Plain.Select(Encoding.UTF8.GetBytes)], [.. Highlighted.Select(Encoding.UTF8.GetBytes)]);
        writer.Write(pieces.Prefix);
        for (var i = 0; i < pieces.Plain.Length; i++)
        {
            writer.Write(highlightCode is not null && string.Equals(Codes[i], highlightCode, StringComparison.Ordinal) ? pieces.Highlighted[i] : pieces.Plain[i]);
        }
    }

    private sealed record Utf8Pieces(byte[] Prefix, byte[][] Plain, byte[][] Highlighted);

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

/// <summary>
/// A part that depends on the highlight only through its links' <c>highlight=</c> value and the highlight list's
/// selected option (the dashboard's form and switches): rendered once with no highlight, kept whole, and once with a
/// stand-in code (<see cref="StandIn"/>), cut where the stand-in stands and where each prefecture's option may take
/// its <c>selected</c>; a page with a highlight writes the pieces with its code in the holes.
/// </summary>
public sealed class HighlightTemplate : IHighlightable
{
    /// <summary>A highlight no prefecture has, letters only: route values and HTML encoding leave it as it is.</summary>
    public const string StandIn = "hlstandin";

    private const string Selected = " selected=\"selected\"";

    private readonly string none;
    private readonly string[] segments;
    private readonly string?[] cuts;

    private HighlightTemplate(string none, string[] segments, string?[] cuts)
    {
        this.none = none;
        this.segments = segments;
        this.cuts = cuts;
    }

    public long Chars => none.Length + segments.Sum(s => (long)s.Length);

    /// <summary>
    /// Cuts the rendering with the stand-in highlight at the stand-in and after <c>&lt;option value="code"</c> of
    /// each code; null when an option is not there exactly once (the part is then rendered per request).
    /// </summary>
    public static HighlightTemplate? Make(string none, string withStandIn, IEnumerable<string> codes)
    {
        var points = new List<(int At, int Skip, string? Code)>();
        for (var at = withStandIn.IndexOf(StandIn, StringComparison.Ordinal); at >= 0; at = withStandIn.IndexOf(StandIn, at + StandIn.Length, StringComparison.Ordinal))
        {
            points.Add((at, StandIn.Length, null));
        }

        foreach (var code in codes)
        {
            var option = $"<option value=\"{code}\"";
            var at = withStandIn.IndexOf(option, StringComparison.Ordinal);
            if (at < 0 || withStandIn.IndexOf(option, at + option.Length, StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            points.Add((at + option.Length, 0, code));
        }

        points.Sort((a, b) => a.At.CompareTo(b.At));
        var segments = new string[points.Count + 1];
        var from = 0;
        for (var i = 0; i < points.Count; i++)
        {
            segments[i] = withStandIn[from..points[i].At];
            from = points[i].At + points[i].Skip;
        }

        segments[^1] = withStandIn[from..];
        return new HighlightTemplate(none, segments, [.. points.Select(p => p.Code)]);
    }

    /// <summary>The part as the page with this prefecture highlighted (null: none) shows it.</summary>
    public IHtmlContent For(string? highlightCode) => highlightCode is null ? new HtmlString(none) : new Composed(this, highlightCode);

    private (byte[] None, byte[][] Segments)? utf8;

    /// <summary>The same as <see cref="For"/>, as UTF-8 (encoded once, on first use; the code is a prefecture's digits).</summary>
    public void WriteUtf8(IBufferWriter<byte> writer, string? highlightCode)
    {
        var (noneBytes, segmentBytes) = utf8 ??= (Encoding.UTF8.GetBytes(none), [.. segments.Select(Encoding.UTF8.GetBytes)]);
        if (highlightCode is null)
        {
            writer.Write(noneBytes);
            return;
        }

        for (var i = 0; i < cuts.Length; i++)
        {
            writer.Write(segmentBytes[i]);
            if (cuts[i] is not { } option)
            {
                Encoding.UTF8.GetBytes(highlightCode, writer);
            }
            else if (string.Equals(option, highlightCode, StringComparison.Ordinal))
            {
                writer.Write(" selected=\"selected\""u8);
            }
        }

        writer.Write(segmentBytes[^1]);
    }

    private sealed class Composed(HighlightTemplate template, string code) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            for (var i = 0; i < template.cuts.Length; i++)
            {
                writer.Write(template.segments[i]);
                if (template.cuts[i] is not { } option)
                {
                    writer.Write(code);
                }
                else if (string.Equals(option, code, StringComparison.Ordinal))
                {
                    writer.Write(Selected);
                }
            }

            writer.Write(template.segments[^1]);
        }
    }
}

/// <summary>Renders and keeps the dashboard's parts (<see cref="DashboardFragmentStore"/>).</summary>
public sealed class DashboardFragments(DashboardFragmentStore store, PublishedViewCache published, IStringLocalizer L, HtmlEncoder encoder)
{
    /// <summary>
    /// The part <paramref name="part"/> of the page: <c>chart</c> (the tile map, the same for both sorts, or the bar
    /// chart), <c>rows</c> (the table's rows, the same for both views) or <c>options</c> (the form and the view and sort
    /// switches), from its kept form or rendered when it has none.
    /// </summary>
    public async Task<IHtmlContent> PartAsync(IHtmlHelper html, DashboardPage page, string part) =>
        await KeptAsync(html, page, part) is { } kept
            ? kept.For(page.Highlight?.Code)
            : new HtmlString(await RenderAsync(html, Partial(page, part), PartModel(page, part)));

    /// <summary>
    /// The part as it is kept for every highlight, made the first time; null when parts are not kept (<see
    /// cref="DashboardFragmentStore.Enabled"/>) or this one cannot be cut (it is then rendered per request).
    /// </summary>
    public Task<IHighlightable?> KeptAsync(IHtmlHelper html, DashboardPage page, string part) =>
        part == "options" ? OptionsAsync(html, page) : CutPartAsync(html, page, part);

    private static string Partial(DashboardPage page, string part) => part switch
    {
        "options" => "_DashboardOptions",
        "rows" => "_ParticipationRows",
        _ => page.Map is not null ? "_TileMap" : "_BarChart",
    };

    private static object PartModel(DashboardPage page, string part) => part == "chart" && page.Map is not null ? page.Map : page;

    /// <summary>
    /// The form and the view and sort switches (_DashboardOptions), whose links and highlight list carry the highlight:
    /// rendered once per published-data version, path base, language, year, indicator, view and sort
    /// (<see cref="HighlightTemplate"/>) instead of their 48 options and 5 links by route per request.
    /// </summary>
    private async Task<IHighlightable?> OptionsAsync(IHtmlHelper html, DashboardPage page)
    {
        if (!store.Enabled)
        {
            return null;
        }

        const string partial = "_DashboardOptions";
        var key = Key(html, page, "options", page.View.Code() + "|" + page.Sort.Code(), await published.VersionAsync(html.ViewContext.HttpContext.RequestAborted));
        if (store.Cache.TryGetValue(key, out var found))
        {
            return found as HighlightTemplate;
        }

        var none = page with { Highlight = null };
        var standIn = page with { Highlight = new PrefectureRef(HighlightTemplate.StandIn, new LocalizedText(HighlightTemplate.StandIn, HighlightTemplate.StandIn)) };
        var codes = page.Overview.Rows.Select(r => r.Prefecture.Code).ToList();
        var template = HighlightTemplate.Make(await RenderAsync(html, partial, none), await RenderAsync(html, partial, standIn), codes);

        // Held to one real highlight before it is kept: the pieces must make the page its own rendering makes.
        if (template is null
            || codes.Count == 0
            || !string.Equals(Write(template.For(codes[0])), await RenderAsync(html, partial, page with { Highlight = page.Overview.Rows[0].Prefecture }), StringComparison.Ordinal))
        {
            store.Keep(key, Uncut, 1);
            return null;
        }

        store.Keep(key, template, template.Chars);
        return template;
    }

    /// <summary>Kept in the place of a part that cannot be cut, so that it is not tried again per request.</summary>
    private static readonly object Uncut = new();

    private static string Key(IHtmlHelper html, DashboardPage page, string part, string variant, long version) =>
        string.Join(
            '|',
            "dashboard-part",
            part,
            version.ToString(CultureInfo.InvariantCulture),
            html.ViewContext.HttpContext.Request.PathBase.Value,
            CultureInfo.CurrentUICulture.Name,
            page.Overview.FiscalYear.ToString(CultureInfo.InvariantCulture),
            page.Metric.Code,
            variant);

    private string Write(IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, encoder);
        return writer.ToString();
    }

    private async Task<IHighlightable?> CutPartAsync(IHtmlHelper html, DashboardPage page, string part)
    {
        if (!store.Enabled)
        {
            return null;
        }

        // The tile map is the same for both sorts; the bar chart and the rows follow the sort.
        var name = part == "chart" ? (page.Map is not null ? "map" : "bars") : part;
        var key = Key(html, page, name, name == "map" ? "" : page.Sort.Code(), await published.VersionAsync(html.ViewContext.HttpContext.RequestAborted));
        if (store.Cache.TryGetValue(key, out var found))
        {
            return found as HighlightablePart;
        }

        var plain = DashboardPages.Create(page.Overview, page.View, page.Sort, null, L);
        var all = DashboardPages.Create(page.Overview, page.View, page.Sort, null, L, highlightAll: true);
        var partial = Partial(page, part);
        if (HighlightablePart.Cut(await RenderAsync(html, partial, PartModel(plain, part)), await RenderAsync(html, partial, PartModel(all, part))) is not { } cut)
        {
            store.Keep(key, Uncut, 1);
            return null;
        }

        store.Keep(key, cut, cut.Chars);
        return cut;
    }

    /// <summary>The partial's markup without the indentation Razor writes (<see cref="DashboardMarkup.Trim"/>).</summary>
    private async Task<string> RenderAsync(IHtmlHelper html, string partial, object model)
    {
        return DashboardMarkup.Trim(Write(await html.PartialAsync(partial, model)));
    }
}

/// <summary>
/// The dashboard's markup as it is sent: Razor writes each line of a view with the indentation of its source, which
/// was 40 % of the characters of /dashboard (the 47 rows, tiles and bars nested eight levels deep). A line break and
/// the white space after it become one line break: HTML (and SVG text on one line, as all of the dashboard's are)
/// draws any run of white space between words as one space, and drops it between blocks, so the page reads, looks
/// and is announced the same. Only for markup without &lt;pre&gt;, &lt;textarea&gt; or multi-line SVG text.
/// </summary>
public static partial class DashboardMarkup
{
    public static string Trim(string html) => Indentation().Replace(html, "\n");

    [System.Text.RegularExpressions.GeneratedRegex(@"\n\s+")]
    private static partial System.Text.RegularExpressions.Regex Indentation();
}

/// <summary>
/// <c>&lt;dashboard-trim&gt;…&lt;/dashboard-trim&gt;</c>: its content without the indentation (<see cref="DashboardMarkup.Trim"/>);
/// put inside a <c>&lt;cache&gt;</c>, so that the kept markup is the trimmed one.
/// </summary>
[HtmlTargetElement("dashboard-trim")]
public sealed class DashboardTrimTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var content = await output.GetChildContentAsync();
        output.Content.SetHtmlContent(DashboardMarkup.Trim(content.GetContent()));
    }
}

/// <summary>
/// <c>&lt;dashboard-part page="Model" part="chart|rows|options" /&gt;</c>: the part from <see cref="DashboardFragments"/>,
/// in the place of its partial; while the page's template is being cut (<see cref="DashboardPageTemplates"/>) a mark
/// that names the kept part instead.
/// </summary>
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
        if (ViewContext.HttpContext.Items[DashboardPageTemplates.CaptureKey] is List<IHighlightable?> parts)
        {
            parts.Add(await fragments.KeptAsync(html, Page, Part));
            output.Content.SetHtmlContent(string.Create(CultureInfo.InvariantCulture, $"{DashboardPageTemplate.PartMark}{parts.Count - 1}{DashboardPageTemplate.PartMark}"));
            return;
        }

        output.Content.SetHtmlContent(await fragments.PartAsync(html, Page, Part));
    }
}
