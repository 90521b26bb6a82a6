using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Models;

/// <summary>
/// One step of the breadcrumb trail; the current page has no address. A step that shows content in one language only
/// (a company's or an event's Japanese name) gives that language, and is marked with it on pages in another.
/// </summary>
public sealed record Crumb(string Text, string? Href = null, PortalLanguage? Language = null)
{
    /// <summary>The <c>lang</c> the step needs on the current page: none where its language is the page's.</summary>
    public string? Lang => Language is { } language && language != PortalLanguage.Current ? language.Code : null;
}
