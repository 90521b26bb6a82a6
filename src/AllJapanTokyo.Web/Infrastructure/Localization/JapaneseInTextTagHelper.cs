using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// A translated sentence around content that exists in Japanese only:
/// <c>&lt;ja-in-text text="@L["理由：{0}"]" ja="@reason" /&gt;</c> gives "Reason: <span lang="ja">台風接近のため</span>" on an
/// English page, so the sentence is the reader's and the data stays marked as Japanese. The sentence's other
/// placeholders take <c>args</c>: <c>&lt;ja-in-text text="@L["{0}ルート「{1}」"]" ja="@route.RegionJa" args="@([route.Theme])" /&gt;</c>.
/// </summary>
[HtmlTargetElement("ja-in-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class JapaneseInTextTagHelper : TagHelper
{
    /// <summary>The sentence from the localiser, unformatted: its "{0}" is where the Japanese goes.</summary>
    public LocalizedString? Text { get; set; }

    public string? Ja { get; set; }

    /// <summary>What goes in the sentence's "{1}", "{2}"…, in the reader's language.</summary>
    public object?[]? Args { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Text is null || Ja is null)
        {
            output.SuppressOutput();
            return;
        }

        output.Content.SetHtmlContent(JapaneseInText.Sentence(Text, Ja, Args ?? []));
    }
}
