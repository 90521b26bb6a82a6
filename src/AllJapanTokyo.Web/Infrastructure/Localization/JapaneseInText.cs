using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>
/// Content that exists in Japanese only (a reason, a venue, a region of the report), inside a sentence of the reader's
/// language: "Reason: <c>&lt;span lang="ja"&gt;台風接近のため&lt;/span&gt;</c>". Views write
/// <c>&lt;ja-in-text text="@L["理由：{0}"]" ja="@reason" /&gt;</c>; C# that builds HTML calls <see cref="Sentence"/>.
/// On Japanese pages the Japanese needs no mark.
/// </summary>
public static class JapaneseInText
{
    /// <summary>Stands for the Japanese while the sentence is formatted: a control character no translation or data holds.</summary>
    private const char Slot = '\u0001';

    /// <summary>
    /// The sentence with the Japanese in its <c>{0}</c>, marked; <paramref name="others"/> fill <c>{1}</c>, <c>{2}</c>…
    /// in the reader's language. <paramref name="sentence"/> is the localiser's text, unformatted (<c>L["理由：{0}"]</c>).
    /// </summary>
    public static IHtmlContent Sentence(LocalizedString sentence, string japanese, params object?[] others)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(others);
        var text = string.Format(CultureInfo.CurrentCulture, sentence.Value, [Slot.ToString(), .. others]);
        var html = new HtmlContentBuilder();
        var parts = text.Split(Slot);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                html.AppendHtml(Marked(japanese));
            }

            html.Append(parts[i]);
        }

        return html;
    }

    /// <summary>The Japanese alone, marked <c>lang="ja"</c> where the page is in another language.</summary>
    public static IHtmlContent Marked(string japanese)
    {
        var html = new HtmlContentBuilder();
        return PortalLanguage.Current == PortalLanguage.Japanese
            ? html.Append(japanese)
            : html.AppendHtml("<span lang=\"ja\">").Append(japanese).AppendHtml("</span>");
    }
}
