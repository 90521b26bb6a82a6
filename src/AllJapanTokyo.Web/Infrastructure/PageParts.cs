using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Caching.Memory;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// Parts of a page that depend only on a few things named in their key — the layout's menu and footer on the language
/// and path base, the search form's prefecture options on the language and the chosen prefecture, a tender's row of the
/// search on the language, path base and the row's own values — rendered once and
/// written again as kept text for every later page (bench/README.md, "the shared per-request costs"). A part is a Razor
/// template written where it stands in the view (<c>@await Parts.KeepAsync(key, @&lt;text&gt;…&lt;/text&gt;)</c>), so the
/// page is byte for byte what rendering the template each time gives (test <c>SearchPagePartsAreThePage</c>).
/// </summary>
public sealed class PageParts : IDisposable
{
    /// <summary>Parts kept at most (each counts 1; a tender's row is about 1 kB); unused parts leave after 10 minutes.</summary>
    public const int MaxParts = 40_000;

    private static readonly MemoryCacheEntryOptions Kept = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };

    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = MaxParts });

    /// <summary>Off: every part is rendered each time (the tests compare both pages).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The kept text of the part <paramref name="key"/>, rendering <paramref name="template"/> the first time. The key
    /// (a string, or a tuple of values with value equality) must name everything the template's output depends on.
    /// </summary>
    public async Task<IHtmlContent> KeepAsync(object key, Func<object?, HelperResult> template)
    {
        if (!Enabled)
        {
            return template(null);
        }

        if (Cache.TryGetValue(key, out var found) && found is HtmlString kept)
        {
            return kept;
        }

        await using var writer = new StringWriter();
        await template(null).WriteAction(writer);
        var part = new HtmlString(writer.ToString());
        Cache.Set(key, part, Kept);
        return part;
    }

    /// <summary>The kept text of the part <paramref name="key"/>, if it is kept (a page written from its template, PageTemplate).</summary>
    public bool TryGet(object key, out string html)
    {
        if (Enabled && Cache.TryGetValue(key, out var found) && found is HtmlString kept)
        {
            html = kept.Value ?? "";
            return true;
        }

        html = "";
        return false;
    }

    public void Dispose() => Cache.Dispose();
}
