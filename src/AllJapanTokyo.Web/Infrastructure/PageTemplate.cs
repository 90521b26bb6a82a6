using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// A page rendered once with stand-ins where one request's page differs from another's (a query string, a search word,
/// a number no page shows, a hole's mark), kept as UTF-8 pieces cut at each stand-in; a request's page is the pieces
/// with its own texts in the holes, written without running the view, the layout and their tag helpers again. Whoever
/// keeps a template checks first that it writes the very text of the page's own rendering.
/// </summary>
public sealed class PageTemplate
{
    /// <summary>Stands around a hole's name where a <c>&lt;page-hole&gt;</c> is left out: a private-use character no text of the portal has.</summary>
    public const char HoleMark = '\uE001';

    private readonly Piece[] pieces;

    private PageTemplate(Piece[] pieces, long length)
    {
        this.pieces = pieces;
        Length = length;
    }

    /// <summary>The UTF-8 bytes of the template's own text.</summary>
    public long Length { get; }

    /// <summary>The mark a left-out <c>&lt;page-hole name="…"&gt;</c> writes: a stand-in to cut at.</summary>
    public static string Mark(string name) => string.Concat(HoleMark.ToString(), name, HoleMark.ToString());

    /// <summary>
    /// Cuts <paramref name="rendered"/> at every occurrence of each stand-in (the earliest first; at one place, the
    /// longest); a hole's index is its stand-in's index in <paramref name="standIns"/>.
    /// </summary>
    public static PageTemplate Cut(string rendered, IReadOnlyList<string> standIns)
    {
        var pieces = new List<Piece>();
        var length = 0L;
        var from = 0;
        while (true)
        {
            var (at, hole) = Next(rendered, from, standIns);
            var text = Encoding.UTF8.GetBytes(rendered, from, (at < 0 ? rendered.Length : at) - from);
            if (text.Length > 0)
            {
                pieces.Add(new Piece(text, -1));
                length += text.Length;
            }

            if (at < 0)
            {
                return new PageTemplate([.. pieces], length);
            }

            pieces.Add(new Piece(null, hole));
            from = at + standIns[hole].Length;
        }
    }

    /// <summary>The page with <paramref name="holes"/> (one HTML text per stand-in, in their order) in the holes, as UTF-8.</summary>
    public void Write(IBufferWriter<byte> writer, IReadOnlyList<string> holes)
    {
        foreach (var piece in pieces)
        {
            if (piece.Text is { } text)
            {
                writer.Write(text);
            }
            else
            {
                Encoding.UTF8.GetBytes(holes[piece.Hole], writer);
            }
        }
    }

    /// <summary>
    /// A controller's view (the page with its layout, <paramref name="isMainPage"/>) or partial, as the view result or
    /// the partial tag helper writes it: the texts a template is cut from and compared with.
    /// </summary>
    public static async Task<string> RenderAsync<TModel>(ICompositeViewEngine views, Controller controller, string name, TModel model, bool isMainPage)
    {
        var view = views.FindView(controller.ControllerContext, name, isMainPage).EnsureSuccessful(originalLocations: null).View!;
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var viewData = new ViewDataDictionary<TModel>(controller.ViewData, model);
        var viewContext = new ViewContext(controller.ControllerContext, view, viewData, controller.TempData, writer, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);
        return writer.ToString();
    }

    /// <summary>The text <see cref="Write"/> gives, as a string (to compare it with the page's own rendering).</summary>
    public string Text(IReadOnlyList<string> holes)
    {
        var bytes = new ArrayBufferWriter<byte>();
        Write(bytes, holes);
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    private static (int At, int Hole) Next(string text, int from, IReadOnlyList<string> standIns)
    {
        var next = (At: -1, Hole: -1);
        for (var i = 0; i < standIns.Count; i++)
        {
            var at = text.IndexOf(standIns[i], from, StringComparison.Ordinal);
            if (at >= 0 && (next.At < 0 || at < next.At || (at == next.At && standIns[i].Length > standIns[next.Hole].Length)))
            {
                next = (at, i);
            }
        }

        return next;
    }

    /// <summary>A piece of the template: its own text as UTF-8, or the index of a hole.</summary>
    private readonly record struct Piece(byte[]? Text, int Hole);
}

/// <summary>
/// <c>&lt;page-hole name="rows"&gt;…&lt;/page-hole&gt;</c>: its content, as if the element were not there; while a
/// page's template is being rendered (<see cref="CaptureKey"/> in the request's items) the hole's mark instead
/// (<see cref="PageTemplate.Mark"/>), its content not rendered at all: each request writes its own.
/// </summary>
[HtmlTargetElement("page-hole")]
public sealed class PageHoleTagHelper : TagHelper
{
    /// <summary>The key of <see cref="HttpContext.Items"/> that is set while a template is rendered.</summary>
    public static readonly object CaptureKey = new();

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Name { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (ViewContext.HttpContext.Items.ContainsKey(CaptureKey))
        {
            output.Content.SetHtmlContent(PageTemplate.Mark(Name));
        }
    }
}
