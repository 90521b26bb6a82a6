using System.Globalization;
using System.Text.Encodings.Web;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Procurement.Search;

/// <summary>
/// The keys of the search page's kept parts (<see cref="PageParts"/>): the view keeps them under these, and a page
/// written from its template (<see cref="TenderSearchPageTemplates"/>) finds them under the same.
/// </summary>
public static class TenderSearchParts
{
    public static object PrefectureOptions(string culture, string? chosen, PrefectureNames prefectures) => ("procurement-prefecture-options", culture, chosen, prefectures);

    public static object CategoryOptions(string culture, TenderCategory? chosen) => ("procurement-category-options", culture, chosen);

    public static object StatusOptions(string culture, TenderStatus? chosen) => ("procurement-status-options", culture, chosen);

    public static object Row(string culture, string pathBase, TenderListItem tender, PrefectureNames prefectures) =>
        ("procurement-row", culture, pathBase, tender, prefectures[tender.DeliveryPrefectureCode]);
}

/// <summary>
/// The public tender search page written from a template (<see cref="PageTemplate"/>) for the visitors nobody signed in:
/// the page rendered once with stand-ins — a query string and a search word no visitor types, numbers no search
/// counts, the lists' options, the rows and the pager left out as holes — kept per tenders' and published data's
/// versions, address, language, sort, whether a word was given, the problems the page names and whether it has rows.
/// A request's page is the template with its own texts in the holes: its query string and word, its counts, the kept
/// options and rows (<see cref="TenderSearchParts"/>) and its pager, rendered alone. The first request of each template
/// renders the page whole as well and keeps the template only when it writes the very same text; thousands of distinct
/// searches then share a handful of templates instead of rendering the layout and the form each time.
/// A recipe (the template, the texts of one address's holes and its rows' keys) is kept per address for as long as the
/// search's data may lag (Procurement:SearchCache:Seconds), and the early path (StoredPagesFirstMiddleware) serves an
/// address asked again from it before routing and MVC.
/// </summary>
public sealed class TenderSearchPageTemplates(
    PageParts parts,
    PublishedViewCacheStore pages,
    ICompositeViewEngine views,
    IOptions<TenderSearchCacheOptions> searchCache,
    HtmlEncoder encoder,
    ILogger<TenderSearchPageTemplates> logger) : IDisposable
{
    /// <summary>
    /// Bytes held at most, as estimated (<see cref="RecipeBytes"/>): a template is about 35 kB, a recipe about 14 kB
    /// (its texts, its pager and the values its rows' keys name), so some 7,000 addresses asked within the seconds a
    /// recipe lives are served from recipes; the least recently asked go first.
    /// </summary>
    public const long MaxBytes = 96_000_000;

    /// <summary>What a row's key holds beyond the row's text, which the kept parts hold: the tender's listed values.</summary>
    private const int RowKeyBytes = 450;

    private const string QueryStandIn = "?tenderquerystandin";
    private const string KeywordStandIn = "tenderkeywordstandin";

    /// <summary>A page number whose first and last row numbers (799,999,981 and 800,000,000) no search shows.</summary>
    private const int PageStandIn = 40_000_000;

    /// <summary>A count of matches no search has.</summary>
    private const int TotalStandIn = 987_654_321;

    private static readonly string[] HoleNames = ["prefecture-options", "category-options", "status-options", "rows", "pager"];

    private static readonly object Unusable = new();

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    /// <summary>Off: every search page is rendered as a view (the tests compare both).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The page as a result written from its template, or null when it is to be rendered as a view.</summary>
    public async Task<IActionResult?> ResultAsync(Controller controller, ProcurementIndexViewModel model, DataVersions versions)
    {
        var context = controller.HttpContext;
        if (!Enabled
            || model.Viewer is not null
            || controller.User.Identity?.IsAuthenticated == true
            || controller.TempData.Count > 0
            || RequestedLanguage.Of(context) is { FellBack: true })
        {
            return null;
        }

        var search = model.Search;
        var request = context.Request;
        var key = string.Join(
            '|',
            "search-template",
            versions.Published.ToString(CultureInfo.InvariantCulture),
            versions.Tenders.ToString(CultureInfo.InvariantCulture),
            request.Scheme,
            request.Host.Value,
            request.PathBase.Value,
            request.Path.Value,
            CultureInfo.CurrentUICulture.Name,
            search.Filter.Sort.ToString(),
            search.Filter.Keyword is null ? "no-word" : "word",
            search.Total == 0 ? "none" : "some",
            search.Items.Count == 0 ? "no-rows" : "rows",
            string.Join('\n', search.Problems));
        var found = cache.Get(key);
        if (found is not null and not PageTemplate)
        {
            return null;
        }

        if (found is PageTemplate kept && await HolesAsync(controller, model) is { } holes)
        {
            KeepRecipe(context, versions, kept, holes);
            return new TemplateResult(kept, holes.Texts);
        }

        // Rendered whole, which keeps the options and rows the holes are filled from (a search's rows seen first).
        var itself = await PageTemplate.RenderAsync(views, controller, "Index", model, isMainPage: true);
        if (await HolesAsync(controller, model) is not { } filled)
        {
            return new ContentResult { Content = itself, ContentType = TemplateResult.ContentType };
        }

        if (found is PageTemplate template)
        {
            KeepRecipe(context, versions, template, filled);
        }
        else
        {
            var cut = await CutAsync(controller, model);
            if (string.Equals(cut.Text(filled.Texts), itself, StringComparison.Ordinal))
            {
                Keep(key, cut, cut.Length, null);
                KeepRecipe(context, versions, cut, filled);
            }
            else
            {
                logger.LogWarning("The search page's template for {Key} writes another text than its rendering; that page is always rendered", key);
                Keep(key, Unusable, 1, null);
            }
        }

        return new ContentResult { Content = itself, ContentType = TemplateResult.ContentType };
    }

    /// <summary>
    /// Serves the page of this address from the recipe kept when it was last asked, before routing, localisation and
    /// MVC have run (StoredPagesFirstMiddleware: a GET without cookies, the versions read after the request arrived);
    /// false when there is none.
    /// </summary>
    public async Task<bool> TryServeAsync(HttpContext context, DataVersions versions)
    {
        if (!Enabled
            || !cache.TryGetValue(RecipeKey(versions, context.Request), out var found)
            || found is not Recipe recipe
            || recipe.Holes.WithRows(parts) is not { } texts)
        {
            return false;
        }

        await TemplateResult.WriteAsync(context, recipe.Template, texts);
        return true;
    }

    public void Dispose() => cache.Dispose();

    /// <summary>What a request writes into the holes (<see cref="StandIns"/>' order), and the keys of its rows' kept parts.</summary>
    private sealed record Holes(string[] Texts, object[] RowKeys)
    {
        /// <summary>The texts with the rows as they are kept now; null when one is no longer kept.</summary>
        public string[]? WithRows(PageParts parts)
        {
            if (RowsText(parts, RowKeys) is not { } rows)
            {
                return null;
            }

            var texts = (string[])Texts.Clone();
            texts[RowsHole] = rows;
            return texts;
        }

        /// <summary>The kept rows of these keys, one after the other; null when one is not kept.</summary>
        public static string? RowsText(PageParts parts, object[] rowKeys)
        {
            var rows = new string[rowKeys.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                if (!parts.TryGet(rowKeys[i], out rows[i]))
                {
                    return null;
                }
            }

            return string.Concat(rows);
        }
    }

    /// <summary>
    /// A page of one address: its template and holes, the rows by their keys (so that a recipe never holds a row's text
    /// longer than the kept parts do).
    /// </summary>
    private sealed record Recipe(PageTemplate Template, Holes Holes);

    private void Keep(string key, object value, long bytes, TimeSpan? lifetime) =>
        cache.Set(key, value, new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, bytes),
            SlidingExpiration = lifetime is null ? TimeSpan.FromMinutes(10) : null,
            AbsoluteExpirationRelativeToNow = lifetime ?? TimeSpan.FromHours(1),
        });

    /// <summary>
    /// Keeps what the page of this address is made of for the visitors without cookies (anonymous for certain, no
    /// TempData message), for as long as the search's data may lag; its rows carry their statuses as of now.
    /// </summary>
    private void KeepRecipe(HttpContext context, DataVersions versions, PageTemplate template, Holes holes)
    {
        var request = context.Request;
        var seconds = searchCache.Value.Seconds;
        if (seconds <= 0 || request.Headers.Cookie.Count > 0 || (request.QueryString.Value?.Length ?? 0) > PublishedPageCacheMiddleware.MaxQueryLength)
        {
            return;
        }

        var key = RecipeKey(versions, request);
        var withoutRows = (string[])holes.Texts.Clone();
        withoutRows[RowsHole] = "";
        Keep(key, new Recipe(template, new Holes(withoutRows, holes.RowKeys)), RecipeBytes(key, holes), TimeSpan.FromSeconds(seconds));
        pages.Stored(request);
    }

    /// <summary>
    /// A recipe's memory, estimated: its key and own texts (UTF-16), its rows' keys and an entry's overhead; the options
    /// and the rows' texts are the kept parts' own strings.
    /// </summary>
    private static long RecipeBytes(string key, Holes holes)
    {
        var texts = holes.Texts;
        var chars = key.Length + texts[0].Length + texts[1].Length + texts[2].Length + texts[3].Length + texts[4].Length + texts[5].Length + texts[PagerHole].Length;
        return (2L * chars) + ((long)holes.RowKeys.Length * RowKeyBytes) + 400;
    }

    private static string RecipeKey(DataVersions versions, HttpRequest request) =>
        string.Concat(
            "search-recipe|",
            versions.Tenders.ToString(CultureInfo.InvariantCulture),
            "|",
            request.Scheme,
            "|",
            request.Host.Value,
            "|",
            PublishedPageCacheMiddleware.Key(versions.Published, request));

    /// <summary>The stand-ins the template is cut at, in the order of <see cref="HolesAsync"/>'s texts.</summary>
    private static string[] StandIns(string csvStandIn) =>
    [
        QueryStandIn,
        csvStandIn,
        KeywordStandIn,
        Display.Number((long)TotalStandIn),
        Display.Number((long)(((PageStandIn - 1) * TenderFilter.PageSize) + 1)),
        Display.Number((long)PageStandIn * TenderFilter.PageSize),
        .. HoleNames.Select(PageTemplate.Mark),
    ];

    /// <summary>The stand-ins before the holes' marks in <see cref="StandIns"/>: the query string, the CSV link, the word and three counts.</summary>
    private const int HolesAfter = 6;

    private static readonly int RowsHole = HolesAfter + Array.IndexOf(HoleNames, "rows");

    private static readonly int PagerHole = HolesAfter + Array.IndexOf(HoleNames, "pager");

    /// <summary>
    /// What this request writes into the holes, HTML as the view writes it; null when an option list or a row is not
    /// kept (the page is then rendered, which keeps them).
    /// </summary>
    private async Task<Holes?> HolesAsync(Controller controller, ProcurementIndexViewModel model)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var pathBase = controller.Request.PathBase.Value ?? "";
        var search = model.Search;
        var filter = search.Filter;
        if (!parts.TryGet(TenderSearchParts.PrefectureOptions(culture, filter.PrefectureCode, model.Prefectures), out var prefectureOptions)
            || !parts.TryGet(TenderSearchParts.CategoryOptions(culture, filter.Category), out var categoryOptions)
            || !parts.TryGet(TenderSearchParts.StatusOptions(culture, filter.Status), out var statusOptions))
        {
            return null;
        }

        var rowKeys = search.Items.Select(item => TenderSearchParts.Row(culture, pathBase, item, model.Prefectures)).ToArray();
        if (Holes.RowsText(parts, rowKeys) is not { } rows)
        {
            return null;
        }

        var pager = search.Items.Count > 0 ? await PageTemplate.RenderAsync(views, controller, "_Pager", search.Pager, isMainPage: false) : "";
        return new Holes(
        [
            encoder.Encode(controller.Request.QueryString.Value ?? ""),
            CsvHref(controller, filter),
            encoder.Encode(filter.Keyword ?? ""),
            Display.Number((long)search.Total),
            Display.Number((long)search.FirstNumber),
            Display.Number((long)search.LastNumber),
            prefectureOptions,
            categoryOptions,
            statusOptions,
            rows,
            pager,
        ], rowKeys);
    }

    /// <summary>The link to the search's CSV as the view's anchor tag helper writes it.</summary>
    private string CsvHref(Controller controller, TenderFilter filter)
    {
        var values = new RouteValueDictionary { ["area"] = "Procurement" };
        foreach (var (name, value) in filter.RouteValues())
        {
            values[name] = value;
        }

        return encoder.Encode(controller.Url.Action(new UrlActionContext { Action = "Csv", Controller = "Tenders", Values = values }) ?? "");
    }

    /// <summary>The page rendered with the stand-ins (<see cref="PageHoleTagHelper"/> leaving its holes out), cut at them.</summary>
    private async Task<PageTemplate> CutAsync(Controller controller, ProcurementIndexViewModel model)
    {
        var context = controller.HttpContext;
        var search = model.Search;
        var filter = search.Filter with { Keyword = search.Filter.Keyword is null ? null : KeywordStandIn, PrefectureCode = null, Category = null, Status = null, Page = PageStandIn };
        var standIn = model with { Search = search with { Filter = filter, Total = search.Total == 0 ? 0 : TotalStandIn } };
        var queryString = context.Request.QueryString;
        string rendered;
        try
        {
            context.Request.QueryString = new QueryString(QueryStandIn);
            context.Items[PageHoleTagHelper.CaptureKey] = true;
            rendered = await PageTemplate.RenderAsync(views, controller, "Index", standIn, isMainPage: true);
        }
        finally
        {
            context.Items.Remove(PageHoleTagHelper.CaptureKey);
            context.Request.QueryString = queryString;
        }

        return PageTemplate.Cut(rendered, StandIns(CsvHref(controller, filter)));
    }

    /// <summary>Writes the page's UTF-8 pieces and holes straight into the response's pipe.</summary>
    private sealed class TemplateResult(PageTemplate template, string[] holes) : IActionResult
    {
        public const string ContentType = "text/html; charset=utf-8";

        public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext, template, holes);

        public static async Task WriteAsync(HttpContext context, PageTemplate template, string[] holes)
        {
            var response = context.Response;
            response.ContentType = ContentType;
            response.Headers[PublishedPageCacheMiddleware.Header] = "template";
            template.Write(response.BodyWriter, holes);
            await response.BodyWriter.FlushAsync(context.RequestAborted);
        }
    }
}
