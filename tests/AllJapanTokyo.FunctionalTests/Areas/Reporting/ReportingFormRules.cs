using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using static AllJapanTokyo.FunctionalTests.Areas.Reporting.ReportingData;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>Validation (types, ranges, rules between values, history outliers), the previous FY beside each field, and concurrency.</summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportingFormRules(PortalFixture fixture)
{
    [Fact]
    public async Task TypingErrorsAreRefusedInJapaneseKeepWhatWasTypedAndStoreNothing()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2001);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var response = await PostReportAsync(niigata, Url(2001), FairForm(exhibitors: "十二", prefectures: "-3", cities: "1.5"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(Texts.Number(PortalLanguage.Japanese, NumberProblem.NotANumber, ValidationRules.MaxValue), page.QuerySelector("#error-summary")!.TextContent);
        Assert.Contains("0以上の数値を入力してください。", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Contains("整数で入力してください。", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("十二", page.QuerySelector("#f-exhibitors")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#f-exhibitors")!.GetAttribute("aria-invalid"));
        Assert.Equal("-3", page.QuerySelector("#f-participating_prefectures")!.GetAttribute("value"));
        Assert.Empty(await ValuesAsync(portal, 2001));
        Assert.Empty(await AuditAsync(portal, 2001));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FiguresAreReadAsPeopleTypeThemAndACountWithAFractionIsRefusedInTheSharedWords(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await OpenReportAsync(portal, 2004);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var refused = await PostReportAsync(niigata, Url(2004), FairForm(exhibitors: "１，２００", prefectures: "12.5"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(
            ["参加都道府県数：" + Texts.Number(PortalLanguage.Japanese, NumberProblem.NotWhole, ValidationRules.MaxValue)],
            page.QuerySelectorAll("#error-summary li").Select(li => li.TextContent.Trim()));
        Assert.Empty(await ValuesAsync(portal, 2004));

        var saved = await PostReportAsync(niigata, Url(2004), FairForm(exhibitors: "１，２００", prefectures: "１２"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var values = await ValuesAsync(portal, 2004);
        Assert.Equal(1_200m, values.Single(v => v.IndicatorCode == "exhibitors").Value);
        Assert.Equal(12m, values.Single(v => v.IndicatorCode == "participating_prefectures").Value);
    }

    [Fact]
    public async Task RulesBetweenValuesBlockSubmissionButADraftIsKept()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2002);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        // Online exhibitors > exhibitors, and cities without prefectures: both block submission.
        var submit = await PostReportAsync(niigata, Url(2002), FairForm(exhibitors: "10", exhibitorsOnline: "12", prefectures: "", cities: "2", command: "submit"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        var page = PortalClient.Parse(await submit.Content.ReadAsStringAsync());
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("うちオンラインは合計以下にしてください。", summary);
        Assert.Contains("参加市数がある場合は参加都道府県数も入力してください。", summary);
        Assert.Equal("12", page.QuerySelector("#f-exhibitors-online")!.GetAttribute("value"));
        Assert.Empty(await ValuesAsync(portal, 2002));

        // The same figures save as a draft (work in progress), and stay a draft.
        var draft = await PostReportAsync(niigata, Url(2002), FairForm(exhibitors: "10", exhibitorsOnline: "12", cities: "2"));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(3, (await ValuesAsync(portal, 2002)).Count);
        Assert.Equal(Domain.Indicators.ReviewState.Draft, (await ReportAsync(portal, 2002)).State);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImplausibleValuesAreNamedInTheSummaryAndAJumpFromLastYearNeedsAComment(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        await OpenReportAsync(portal, 2005, prefecture: Osaka);
        await AddApprovedValueAsync(portal, 2004, "exhibitors", 4, prefecture: Osaka);
        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");

        // 48 prefectures, and 41 exhibitors after last year's 4 (Osaka's), with no word on why: submission is refused, naming each field.
        var submit = await PostReportAsync(osaka, Url(2005, prefecture: Osaka), FairForm(exhibitors: "41", prefectures: "48", cities: "0", command: "submit"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        var summary = PortalClient.Parse(await submit.Content.ReadAsStringAsync()).QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("参加都道府県数：都道府県の数は47以下です。", summary);
        Assert.Contains("出展企業・団体数：要確認：前年度の承認済みの値（4）の10倍を超えています。", summary);
        Assert.Empty(await ValuesAsync(portal, 2005, prefecture: Osaka));

        // 47 prefectures, and the jump explained in the value's comment: submitted, the jump still shown as a warning.
        var explained = await PostReportAsync(osaka, Url(2005, prefecture: Osaka), FairForm(exhibitors: "41", prefectures: "47", cities: "0", command: "submit", exhibitorsComment: "会場を拡張したため"));
        Assert.Equal(HttpStatusCode.Redirect, explained.StatusCode);
        Assert.Equal(Domain.Indicators.ReviewState.Submitted, (await ReportAsync(portal, 2005, prefecture: Osaka)).State);
        var (_, page) = await osaka.GetPageAsync(Url(2005, prefecture: Osaka));
        Assert.Contains("出展企業・団体数：要確認：前年度の承認済みの値（4）の10倍を超えています。", page.QuerySelector("#warnings")!.TextContent);
    }

    [Fact]
    public async Task ACancelledYearNeedsAReasonAndNoFiguresAndIsStoredAsCancelledNeverZero()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2003);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var noReason = await PostReportAsync(niigata, Url(2003), FairForm(exhibitors: "0", status: "cancelled", command: "submit"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var text = PortalClient.Parse(await noReason.Content.ReadAsStringAsync()).QuerySelector("main")!.TextContent;
        Assert.Contains("中止・未実施の場合は理由を入力してください。", text);
        Assert.Contains("実績値を空欄にしてください", text);

        var ok = await PostReportAsync(niigata, Url(2003), FairForm(status: "cancelled", reason: "新型コロナウイルス感染症拡大防止のため", command: "submit"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var values = await ValuesAsync(portal, 2003);
        Assert.Equal(3, values.Count);
        Assert.All(values, v => Assert.Equal(ActivityStatus.Cancelled, v.ActivityStatus));
        var (_, page) = await niigata.GetPageAsync(Url(2003));
        Assert.Equal("", page.QuerySelector("#f-exhibitors")!.GetAttribute("value"));
        Assert.Equal("新型コロナウイルス感染症拡大防止のため", page.QuerySelector("#ActivityReason")!.TextContent);
    }

    [Fact]
    public async Task ThePreviousYearIsShownAndAFigureOutsideThePrefecturesOwnHistoryIsFlaggedForFollowUp()
    {
        var portal = fixture.Sqlite;
        await AddApprovedValueAsync(portal, 2004, "exhibitors", 20);
        await AddApprovedValueAsync(portal, 2005, "exhibitors", 30);
        await OpenReportAsync(portal, 2006);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var (_, page) = await niigata.GetPageAsync(Url(2006));
        Assert.Contains("前年度：30企業・団体", page.QuerySelector("#f-exhibitors-previous")!.TextContent);

        var saved = await PostReportAsync(niigata, Url(2006), FairForm(exhibitors: "300", prefectures: "1", cities: "0", command: "submit"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        (_, page) = await niigata.GetPageAsync(Url(2006));
        Assert.Contains("要確認：これまでの実績（20〜30）の範囲外です。", page.QuerySelector("#warnings")!.TextContent);
    }

    [Fact]
    public async Task WhenTwoPeopleEditOneFormTheSecondSaveIsRefusedAndNothingIsOverwritten()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2007);
        var first = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var second = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (_, secondPage) = await second.GetPageAsync(Url(2007));
        var staleVersion = secondPage.QuerySelector("#report-form input[name=Version]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(first, Url(2007), FairForm(exhibitors: "11"))).StatusCode);
        var refused = await PostReportAsync(second, Url(2007), FairForm(exhibitors: "22"), staleVersion);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("別の人が保存しました", page.QuerySelector("#form-message")!.TextContent);
        Assert.Equal("22", page.QuerySelector("#f-exhibitors")!.GetAttribute("value"));
        Assert.Equal(11, (await ValuesAsync(portal, 2007)).Single().Value);
    }

    [Fact]
    public async Task TheFormWorksWithoutJavaScriptEveryInputHasALabel()
    {
        var portal = fixture.Sqlite;
        await OpenReportAsync(portal, 2008);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var (_, page) = await niigata.GetPageAsync(Url(2008));

        var form = page.QuerySelector("#report-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(Url(2008), form.GetAttribute("action"));
        foreach (var input in form.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        }

        Assert.Equal(4, form.QuerySelectorAll("input[name$='.Text']").Length);
        Assert.Contains("出展企業・団体数（うちオンライン）", form.TextContent);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }
}
