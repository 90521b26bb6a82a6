using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace AllJapanTokyo.Web.Areas.Dashboard.Overview;

/// <summary>A part of the dashboard as the page with any highlight (or none) shows it.</summary>
public interface IHighlightable
{
    IHtmlContent For(string? highlightCode);

    /// <summary>The same text as <see cref="For"/> writes, as UTF-8.</summary>
    void WriteUtf8(IBufferWriter<byte> writer, string? highlightCode);
}

/// <summary>
/// The whole dashboard page of one year, indicator, view and sort, kept as text cut where a request's page differs
/// from another's: the highlightable parts (<see cref="DashboardFragments"/>), the highlighted prefecture's code and
/// name, and the address the language links repeat (its query string as the visitor wrote it). A page is then written
/// from the pieces without running the view, the layout and their tag helpers again; the thousands of distinct views of
/// the dashboard (4 languages × 6 years × indicators × views × sorts × 48 highlights) share 2 templates per year,
/// indicator, view and sort. A template is kept only when it gave the very page its own rendering gave
/// (<see cref="DashboardPageTemplates"/>), so it can never show a page that rendering would not.
/// </summary>
public sealed class DashboardPageTemplate
{
    /// <summary>The query string the template is rendered with; letters only, so HTML encoding leaves it as it is.</summary>
    public const string QueryStandIn = "?dashboardquerystandin";

    /// <summary>The highlighted prefecture's name the template is rendered with.</summary>
    public const string NameStandIn = "dashboardnamestandin";

    /// <summary>Stands where a part is written in the template's rendering: a private-use character no text of the portal has.</summary>
    public const char PartMark = '\uE000';

    private readonly Piece[] pieces;

    private DashboardPageTemplate(Piece[] pieces, long chars)
    {
        this.pieces = pieces;
        Chars = chars;
    }

    /// <summary>The characters of the template's own text (its parts are counted where they are kept).</summary>
    public long Chars { get; }

    /// <summary>
    /// Cuts the rendering made with the stand-ins: at each part's mark (<c>PartMark index PartMark</c>, the index into
    /// <paramref name="parts"/>), at the query string, the name and the code stand-ins.
    /// </summary>
    public static DashboardPageTemplate Cut(string rendered, IReadOnlyList<IHighlightable> parts)
    {
        var pieces = new List<Piece>();
        var chars = 0L;
        var from = 0;
        while (true)
        {
            var (at, length, hole) = NextHole(rendered, from);
            if (at < 0)
            {
                break;
            }

            pieces.Add(new Piece(Encoding.UTF8.GetBytes(rendered, from, at - from), null, Hole.None));
            chars += at - from;
            if (hole == Hole.Part)
            {
                var index = int.Parse(rendered.AsSpan(at + 1, length - 2), CultureInfo.InvariantCulture);
                pieces.Add(new Piece(null, parts[index], Hole.Part));
            }
            else
            {
                pieces.Add(new Piece(null, null, hole));
            }

            from = at + length;
        }

        pieces.Add(new Piece(Encoding.UTF8.GetBytes(rendered, from, rendered.Length - from), null, Hole.None));
        chars += rendered.Length - from;
        return new DashboardPageTemplate([.. pieces.Where(p => p.Hole != Hole.None || p.Utf8!.Length > 0)], chars);
    }

    /// <summary>
    /// The page for this highlight (code and name as the page shows them; null: none) and query string, as UTF-8: the
    /// template's own text and its parts' pieces were encoded once.
    /// </summary>
    public void WriteUtf8(IBufferWriter<byte> writer, HtmlEncoder encoder, string? highlightCode, string? highlightName, string queryString)
    {
        foreach (var piece in pieces)
        {
            switch (piece.Hole)
            {
                case Hole.None:
                    writer.Write(piece.Utf8);
                    break;
                case Hole.Part:
                    piece.Part!.WriteUtf8(writer, highlightCode);
                    break;
                case Hole.Query:
                    Encoding.UTF8.GetBytes(encoder.Encode(queryString), writer);
                    break;
                case Hole.Name:
                    Encoding.UTF8.GetBytes(encoder.Encode(highlightName ?? ""), writer);
                    break;
                case Hole.Code:
                    Encoding.UTF8.GetBytes(encoder.Encode(highlightCode ?? ""), writer);
                    break;
            }
        }
    }

    private static (int At, int Length, Hole Hole) NextHole(string text, int from)
    {
        (int At, int Length, Hole Hole) next = (-1, 0, Hole.None);
        void Consider(int at, int length, Hole hole)
        {
            if (at >= 0 && (next.At < 0 || at < next.At))
            {
                next = (at, length, hole);
            }
        }

        var mark = text.IndexOf(PartMark, from);
        if (mark >= 0)
        {
            var end = text.IndexOf(PartMark, mark + 1);
            Consider(mark, end - mark + 1, Hole.Part);
        }

        Consider(text.IndexOf(QueryStandIn, from, StringComparison.Ordinal), QueryStandIn.Length, Hole.Query);
        Consider(text.IndexOf(NameStandIn, from, StringComparison.Ordinal), NameStandIn.Length, Hole.Name);
        Consider(text.IndexOf(HighlightTemplate.StandIn, from, StringComparison.Ordinal), HighlightTemplate.StandIn.Length, Hole.Code);
        return next;
    }

    private enum Hole
    {
        None,
        Part,
        Query,
        Name,
        Code,
    }

    /// <summary>A piece of the template: its own text (as UTF-8 only: that is all a page is written from), or a hole.</summary>
    private readonly record struct Piece(byte[]? Utf8, IHighlightable? Part, Hole Hole);
}

/// <summary>
/// Serves the dashboard page from its template (<see cref="DashboardPageTemplate"/>), kept in the
/// <see cref="DashboardFragmentStore"/> per published-data version, address (scheme, host, path base, path), language,
/// year, indicator, view, sort and whether a prefecture is highlighted. The first request of each renders the page
/// twice — with the stand-ins, its parts left as marks, and as itself — and keeps the template only when it writes the
/// very text of the second rendering; otherwise it notes that this view is always rendered.
/// Only for the page everyone gets: nobody signed in, no message waiting in TempData. A choice the page cannot show is
/// part of the key (what was asked, as the page's message repeats it).
/// </summary>
public sealed class DashboardPageTemplates(DashboardFragmentStore store, PublishedViewCacheStore pages, ICompositeViewEngine views, HtmlEncoder encoder)
{
    /// <summary>The key of <see cref="HttpContext.Items"/> holding the parts of the rendering being cut, while it renders.</summary>
    public static readonly object CaptureKey = new();

    private static readonly object Unusable = new();

    /// <summary>The page as a result written from its template, or null when it is to be rendered as a view.</summary>
    public async Task<IActionResult?> ResultAsync(Controller controller, DashboardPage page, long version)
    {
        var context = controller.HttpContext;
        if (!store.Enabled
            || controller.User.Identity?.IsAuthenticated == true
            || controller.TempData.Count > 0
            || RequestedLanguage.Of(context) is { FellBack: true })
        {
            return null;
        }

        var request = context.Request;
        var key = string.Join(
            '|',
            "dashboard-template",
            version.ToString(CultureInfo.InvariantCulture),
            request.Scheme,
            request.Host.Value,
            request.PathBase.Value,
            request.Path.Value,
            CultureInfo.CurrentUICulture.Name,
            page.Overview.FiscalYear.ToString(CultureInfo.InvariantCulture),
            page.Metric.Code,
            page.View.Code(),
            page.Sort.Code(),
            string.Concat(page.Problems.Select(Described)),
            page.Highlight is null ? "plain" : "highlighted");
        var written = new Written(page.Highlight?.Code, page.Highlight?.Name.Local(), request.QueryString.Value ?? "");
        if (store.Cache.TryGetValue(key, out var found))
        {
            if (found is not DashboardPageTemplate kept)
            {
                return null;
            }

            KeepRecipe(context, version, new Recipe(kept, written));
            return new TemplateResult(kept, encoder, written);
        }

        var template = await CutAsync(controller, page);
        var itself = await PageTemplate.RenderAsync(views, controller, "Index", page, isMainPage: true);
        if (template is not null && string.Equals(Text(template, written), itself, StringComparison.Ordinal))
        {
            store.Keep(key, template, template.Chars);
            KeepRecipe(context, version, new Recipe(template, written));
        }
        else
        {
            store.Keep(key, Unusable, 1);
        }

        return new ContentResult { Content = itself, ContentType = TemplateResult.ContentType };
    }

    /// <summary>
    /// Serves the page of this address from the recipe kept when it was last asked (<see cref="KeepRecipe"/>), before
    /// routing, localisation and MVC have run (StoredPagesFirstMiddleware: a GET without cookies, the published-data
    /// version read after the request arrived); false when there is none.
    /// </summary>
    public async Task<bool> TryServeAsync(HttpContext context, long version)
    {
        if (!store.Enabled || !store.Cache.TryGetValue(RecipeKey(version, context.Request), out var found) || found is not Recipe recipe)
        {
            return false;
        }

        context.Response.Headers[PublishedPageCacheMiddleware.Header] = "template";
        await TemplateResult.WriteAsync(context, recipe.Template, encoder, recipe.Written);
        return true;
    }

    /// <summary>
    /// What the page of an address is made of — the template and what goes into its holes — kept per address and
    /// published-data version for the visitors without cookies (anonymous for certain, no TempData message): a few
    /// hundred bytes per address where the page is tens of kilobytes, so every view of a busy dashboard can be held.
    /// </summary>
    private void KeepRecipe(HttpContext context, long version, Recipe recipe)
    {
        var request = context.Request;
        if (request.Headers.Cookie.Count > 0 || (request.QueryString.Value?.Length ?? 0) > PublishedPageCacheMiddleware.MaxQueryLength)
        {
            return;
        }

        var key = RecipeKey(version, request);
        store.Keep(key, recipe, key.Length + 100);
        pages.Stored(request);
    }

    private static string RecipeKey(long version, HttpRequest request) =>
        string.Concat("dashboard-recipe|", request.Scheme, "|", request.Host.Value, "|", PublishedPageCacheMiddleware.Key(version, request));

    /// <summary>What a request writes into the holes: the highlighted prefecture's code and name, and its query string.</summary>
    private readonly record struct Written(string? Code, string? Name, string QueryString);

    private sealed record Recipe(DashboardPageTemplate Template, Written Written);

    /// <summary>The text the template writes for a request, as it will be sent.</summary>
    private string Text(DashboardPageTemplate template, Written written)
    {
        var bytes = new ArrayBufferWriter<byte>();
        template.WriteUtf8(bytes, encoder, written.Code, written.Name, written.QueryString);
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    /// <summary>
    /// Writes the page's UTF-8 pieces straight into the response's pipe (no page-sized string or buffer of its own; the
    /// pipe holds the bytes until the one flush at the end).
    /// </summary>
    private sealed class TemplateResult(DashboardPageTemplate template, HtmlEncoder encoder, Written written) : IActionResult
    {
        public const string ContentType = "text/html; charset=utf-8";

        public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext, template, encoder, written);

        public static async Task WriteAsync(HttpContext context, DashboardPageTemplate template, HtmlEncoder encoder, Written written)
        {
            var response = context.Response;
            response.ContentType = ContentType;
            template.WriteUtf8(response.BodyWriter, encoder, written.Code, written.Name, written.QueryString);
            await response.BodyWriter.FlushAsync(context.RequestAborted);
        }
    }

    /// <summary>
    /// A problem as the key names it: its kind and what was asked (written with its length, so that no two lists of
    /// problems read the same); the rest of what it shows is the page's year and indicator, already in the key.
    /// </summary>
    private static string Described(DashboardProblem problem)
    {
        var asked = problem switch
        {
            DashboardProblem.UnknownFiscalYear p => p.Asked,
            DashboardProblem.UnknownIndicator p => p.Asked,
            DashboardProblem.UnknownView p => p.Asked,
            DashboardProblem.UnknownSort p => p.Asked,
            DashboardProblem.UnknownPrefecture p => p.Asked,
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "a problem the template's key does not know"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{problem.GetType().Name}:{asked.Length}:{asked};");
    }

    /// <summary>The page rendered with the stand-ins and its parts as marks, cut; null when a part cannot be kept.</summary>
    private async Task<DashboardPageTemplate?> CutAsync(Controller controller, DashboardPage page)
    {
        var context = controller.HttpContext;
        var parts = new List<IHighlightable?>();
        var standIn = page.Highlight is null
            ? page
            : page with { Highlight = new PrefectureRef(HighlightTemplate.StandIn, new LocalizedText(DashboardPageTemplate.NameStandIn, DashboardPageTemplate.NameStandIn)) };
        var queryString = context.Request.QueryString;
        string rendered;
        try
        {
            context.Request.QueryString = new QueryString(DashboardPageTemplate.QueryStandIn);
            context.Items[CaptureKey] = parts;
            rendered = await PageTemplate.RenderAsync(views, controller, "Index", standIn, isMainPage: true);
        }
        finally
        {
            context.Items.Remove(CaptureKey);
            context.Request.QueryString = queryString;
        }

        return parts.Any(p => p is null) ? null : DashboardPageTemplate.Cut(rendered, parts!);
    }
}
