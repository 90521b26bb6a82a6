using System.Text;
using System.Text.Encodings.Web;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs;

/// <summary>
/// A translated sentence around content that exists in Japanese only:
/// <c>&lt;ja-in-text text="@L["理由：{0}"]" ja="@reason" /&gt;</c> gives "Reason: <span lang="ja">台風接近のため</span>" on an
/// English page, so the sentence is the reader's and the report's words stay marked as Japanese. Written for the six
/// initiative areas; every area that quotes Japanese content in a sentence would want it.
/// </summary>
[HtmlTargetElement("ja-in-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class JapaneseInTextTagHelper(HtmlEncoder html) : TagHelper
{
    private const string Slot = "{0}";

    /// <summary>The sentence from the localiser, unformatted: its "{0}" is where the Japanese goes.</summary>
    public LocalizedString? Text { get; set; }

    public string? Ja { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Text is null || Ja is null)
        {
            output.SuppressOutput();
            return;
        }

        var quoted = PortalLanguage.Current == PortalLanguage.Japanese
            ? html.Encode(Ja)
            : $"<span lang=\"ja\">{html.Encode(Ja)}</span>";
        var parts = Text.Value.Split(Slot);
        var result = new StringBuilder(html.Encode(parts[0]));
        for (var i = 1; i < parts.Length; i++)
        {
            result.Append(quoted).Append(html.Encode(parts[i]));
        }

        output.Content.SetHtmlContent(result.ToString());
    }
}
