using System.Text.Encodings.Web;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Areas.Reporting;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Html;
using static AllJapanTokyo.UnitTests.Localization.TestText;

namespace AllJapanTokyo.UnitTests.Localization;

/// <summary>The shared phrases (lists, remarks, ranges, refused numbers) and Japanese-only data read as each language writes them.</summary>
public sealed class CommonTextTests
{
    [Theory]
    [InlineData("", "平成30年度～", "平成28年度～令和元年度", "平成30年度")]
    [InlineData("en", "FY2018–", "FY2016–FY2019", "FY2018")]
    [InlineData("ko", "2018년도~", "2016년도~2019년도", "2018년도")]
    public void FiscalYearRangesReadAsTheLanguageWritesThem(string prefix, string open, string closed, string oneYear) =>
        In(prefix.Length == 0 ? PortalLanguage.Japanese : PortalLanguage.FromUrlPrefix(prefix)!, L =>
        {
            Assert.Equal(open, L.FiscalYearRange(2018, null));
            Assert.Equal(closed, L.FiscalYearRange(2016, 2019));
            Assert.Equal(oneYear, L.FiscalYearRange(2018, 2018));
        });

    [Theory]
    [InlineData("", "新潟県、福井県", "新潟県（2-4）")]
    [InlineData("en", "Niigata, Fukui", "Niigata (2-4)")]
    [InlineData("zh-hans", "Niigata、Fukui", "Niigata（2-4）")]
    public void ListsAndRemarksReadAsTheLanguageWritesThem(string prefix, string list, string remark) =>
        In(prefix.Length == 0 ? PortalLanguage.Japanese : PortalLanguage.FromUrlPrefix(prefix)!, L =>
        {
            string[] names = prefix.Length == 0 ? ["新潟県", "福井県"] : ["Niigata", "Fukui"];
            Assert.Equal(list, L.List(names));
            Assert.Equal(remark, L.WithRemark(names[0], "2-4"));
        });

    [Fact]
    public void JapaneseOnlyDataIsMarkedInsideASentenceOfTheReadersLanguage()
    {
        var english = In(PortalLanguage.English, L => Html(JapaneseInText.Sentence(L["{0}ルート「{1}」"], "北陸", "TIMELESS <ARTISTRY>")));
        var japanese = In(PortalLanguage.Japanese, L => Html(JapaneseInText.Sentence(L["理由：{0}"], "台風接近のため")));

        Assert.Equal("<span lang=\"ja\">北陸</span> route &quot;TIMELESS &lt;ARTISTRY&gt;&quot;", english);
        Assert.Equal("理由：台風接近のため", japanese);
    }

    [Fact]
    public void ContentWithOptionalEnglishIsPlainTextInTheReadersLanguage()
    {
        Assert.Equal("東京都中小企業振興公社", In(PortalLanguage.Japanese, _ => CommonText.Local("東京都中小企業振興公社", "Tokyo SME Support Center")));
        Assert.Equal("Tokyo SME Support Center", In(PortalLanguage.English, _ => CommonText.Local("東京都中小企業振興公社", "Tokyo SME Support Center")));
        Assert.Equal("Tokyo SME Support Center", In(PortalLanguage.Korean, _ => CommonText.Local("東京都中小企業振興公社", "Tokyo SME Support Center")));
        Assert.Equal("東京都中小企業振興公社", In(PortalLanguage.English, _ => CommonText.Local("東京都中小企業振興公社", null)));
        Assert.Equal("東京都中小企業振興公社", In(PortalLanguage.English, _ => CommonText.Local("東京都中小企業振興公社", "")));
        Assert.Equal("台風接近のため", In(PortalLanguage.Japanese, _ => CommonText.Unmarked("台風接近のため")));
        Assert.Null(In(PortalLanguage.English, _ => CommonText.Unmarked("台風接近のため")));
    }

    [Fact]
    public void ARefusedNumberIsWordedOnceWhateverTheField()
    {
        In(PortalLanguage.Japanese, L =>
        {
            // Reporting keeps its own codes, and says them in the shared words.
            Assert.Equal(L.Of(NumberProblem.NotWhole, ValidationRules.MaxValue).Value, L.Of(new ReportingProblem.NotWhole()).Value);
            Assert.Equal(L.Of(NumberProblem.NotANumber, ValidationRules.MaxValue).Value, L.Of(new ReportingProblem.NotANumber()).Value);
            Assert.Equal(L.Of(NumberProblem.Negative, ValidationRules.MaxValue).Value, L.Of(new ReportingProblem.Negative()).Value);
            Assert.Equal(L.Of(NumberProblem.TooLarge, ValidationRules.MaxValue).Value, L.Of(new ReportingProblem.TooLarge(ValidationRules.MaxValue)).Value);

            // A registration field says the same after the field's name, since the form's summary lists it apart.
            Assert.Equal("常時使用する従業員数：" + L.Of(NumberProblem.NotWhole, Enterprise.MaxEmployees).Value, L.Of(new RegistrationProblem.EmployeesRefused(NumberProblem.NotWhole)));
            Assert.Equal("資本金：" + L.Of(NumberProblem.TooLarge, Enterprise.MaxCapitalYen, money: true).Value, L.Of(new RegistrationProblem.CapitalRefused(NumberProblem.TooLarge)));
            Assert.Equal("1,000,000,000,000円以下の数値を入力してください。", L.Of(NumberProblem.TooLarge, Enterprise.MaxCapitalYen, money: true).Value);
        });

        In(PortalLanguage.English, L =>
        {
            Assert.Equal("Enter a whole number.", L.Of(NumberProblem.NotWhole, 10).Value);
            Assert.Contains("万", L.Of(NumberProblem.NotANumber, 10, money: true).Value, StringComparison.Ordinal);
            Assert.DoesNotContain("万", L.Of(NumberProblem.NotANumber, 10).Value, StringComparison.Ordinal);
        });
    }

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }
}
