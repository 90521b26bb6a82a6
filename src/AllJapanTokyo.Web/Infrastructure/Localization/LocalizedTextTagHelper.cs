using System.Text.Encodings.Web;
using AllJapanTokyo.Domain.Common;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// Data in the reader's language, marked for what it is. <c>&lt;localized-text value="@prefecture.Name" /&gt;</c> shows a
/// name of reference data; <c>&lt;localized-text ja="@e.NameJa" en="@e.NameEn" /&gt;</c> shows content written in
/// Japanese with the English the data may hold. Where the reader's language is missing, the Japanese is shown marked
/// <c>lang="ja"</c>, with the English beside it as a gloss.
/// </summary>
[HtmlTargetElement("localized-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalizedTextTagHelper(HtmlEncoder html) : TagHelper
{
    public LocalizedText? Value { get; set; }

    public string? Ja { get; set; }

    public string? En { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var text = Value ?? (Ja is null ? null : new LocalizedText(Ja, En ?? ""));
        if (text is null)
        {
            output.SuppressOutput();
            return;
        }

        output.Content.SetHtmlContent(Html(text, html));
    }

    /// <summary>The text as the tag writes it: the reader's language, or the Japanese marked with its English gloss.</summary>
    public static string Html(LocalizedText text, HtmlEncoder html)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(html);
        var language = PortalLanguage.Current;
        if (text.In(language.Code) is { Length: > 0 } local)
        {
            return html.Encode(local);
        }

        var gloss = language != PortalLanguage.Japanese && text.En.Length > 0 && language != PortalLanguage.English
            ? $" <span lang=\"en\" class=\"gloss\">({html.Encode(text.En)})</span>"
            : "";
        return $"<span lang=\"ja\">{html.Encode(text.Ja)}</span>{gloss}";
    }
}
