using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// A validation summary with no error to list is not sent at all. MVC's own tag helper writes, for a client-side
/// validation script the portal does not load, an empty list holding <c>&lt;li style="display:none"&gt;</c>; the
/// Content-Security-Policy (style-src 'self') refuses that inline style, so the empty item showed as a red dot under
/// every form's introduction, inside an empty <c>role="alert"</c>. Runs after MVC's tag helper on the same
/// <c>&lt;div asp-validation-summary&gt;</c>, and leaves a summary with errors as MVC wrote it.
/// </summary>
[HtmlTargetElement("div", Attributes = SummaryAttribute)]
public sealed class EmptyValidationSummaryTagHelper : TagHelper
{
    private const string SummaryAttribute = "asp-validation-summary";

    /// <summary>After MVC's ValidationSummaryTagHelper (order -1000).</summary>
    public override int Order => 0;

    [HtmlAttributeName(SummaryAttribute)]
    public ValidationSummary ValidationSummary { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ValidationSummary != ValidationSummary.None && !HasErrorToList(ViewContext, ValidationSummary == ValidationSummary.ModelOnly))
        {
            output.SuppressOutput();
        }
    }

    /// <summary>Whether MVC's summary would list a message: every field's, or with <paramref name="modelOnly"/> the form's own.</summary>
    public static bool HasErrorToList(ViewContext viewContext, bool modelOnly)
    {
        var modelState = viewContext.ViewData.ModelState;
        IEnumerable<ModelStateEntry> entries = modelOnly
            ? modelState.TryGetValue(viewContext.ViewData.TemplateInfo.HtmlFieldPrefix, out var own) && own is not null ? [own] : []
            : modelState.Values;
        return entries.SelectMany(e => e.Errors).Any(error => !string.IsNullOrEmpty(error.ErrorMessage));
    }
}
