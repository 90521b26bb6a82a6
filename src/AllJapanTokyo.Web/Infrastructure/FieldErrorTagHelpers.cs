using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// Ties a form field to its error for assistive technology: a field whose value was refused gets aria-invalid="true"
/// and aria-describedby naming its message (id "{field}-error", set by <see cref="FieldErrorMessageTagHelper"/>),
/// beside any help text it already names.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the input tag helper, which writes the id.</summary>
    public override int Order => 10;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var errorId = FieldErrorMessageTagHelper.IdFor(name);
        var described = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(described) ? errorId : $"{described} {errorId}");
    }
}

/// <summary>Gives a field's validation message the id its field's aria-describedby names.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorMessageTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public static string IdFor(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("id", IdFor(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name)));
}
