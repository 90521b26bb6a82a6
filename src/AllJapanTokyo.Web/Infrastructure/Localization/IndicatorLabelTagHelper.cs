using System.Text.Encodings.Web;
using AllJapanTokyo.Domain.Common;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// An indicator's label, or the label of its online part: <c>&lt;indicator-label value="@label" online-part="@true" /&gt;</c>
/// gives 「出展企業・団体数（うちオンライン）」, so a figure and the part of it held online never read alike. The label
/// is written as <c>&lt;localized-text&gt;</c> writes it; <see cref="CommonText.IndicatorLabel"/> is the plain-text twin.
/// </summary>
[HtmlTargetElement("indicator-label", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IndicatorLabelTagHelper(HtmlEncoder html, IStringLocalizer L) : TagHelper
{
    public LocalizedText? Value { get; set; }

    public bool OnlinePart { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Value is null)
        {
            output.SuppressOutput();
            return;
        }

        var label = LocalizedTextTagHelper.Html(Value, html);
        output.Content.SetHtmlContent(OnlinePart
            ? string.Join(label, CommonText.OnlinePartLabel(L).Split("{0}").Select(html.Encode))
            : label);
    }
}
