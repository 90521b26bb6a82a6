using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Reporting;

/// <summary>An administrator edits indicators, composes an initiative's form and chooses who reports what in which FY.</summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportingAdministration(PortalFixture fixture)
{
    [Fact]
    public async Task TheSeededFormsComeFromTheIndicatorsEachInitiativeReports()
    {
        var admin = await PortalClient.SignedInAsync(fixture.Sqlite, "admin@example.jp");

        var (response, page) = await admin.GetPageAsync("/reporting/admin/initiatives/2-3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = page.QuerySelector("#form-lines")!.TextContent;
        Assert.Contains("出展企業・団体数", lines);
        Assert.Contains("参加都道府県数", lines);
        Assert.Contains("参加市数", lines);
        Assert.Equal("checked", page.QuerySelector("#p-15")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task AnAdministratorEditsAnIndicatorWithValidation()
    {
        var portal = fixture.Sqlite;
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var invalid = await admin.PostFormAsync("/reporting/admin/indicators/venues", "/reporting/admin/indicators/venues",
            new Dictionary<string, string> { ["LabelJa"] = "", ["LabelEn"] = "Venues", ["UnitJa"] = "会場", ["UnitEn"] = "venues" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("名称（日本語）を入力してください。", await invalid.Content.ReadAsStringAsync());

        var (_, form) = await admin.GetPageAsync("/reporting/admin/indicators/venues");
        var saved = await admin.PostFormAsync("/reporting/admin/indicators/venues", "/reporting/admin/indicators/venues", new Dictionary<string, string>
        {
            ["LabelJa"] = "会場数（会場）", ["LabelEn"] = "Venues", ["UnitJa"] = "会場", ["UnitEn"] = "venues",
            ["Version"] = PortalClient.HiddenValue(form, "/reporting/admin/indicators/venues", "Version"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("会場数（会場）", await portal.WithDbAsync(db => db.IndicatorDefinitions.Where(d => d.Code == "venues").Select(d => d.Label.Ja).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WhenTwoAdministratorsEditOneIndicatorTheSecondSaveIsRefusedAndKeepsWhatWasTyped(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        const string Url = "/reporting/admin/indicators/venues";
        var first = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var second = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var (_, firstForm) = await first.GetPageAsync(Url);
        var (_, secondForm) = await second.GetPageAsync(Url);
        string Field(AngleSharp.Html.Dom.IHtmlDocument form, string name) => form.QuerySelector($"#indicator-form input[name={name}]")!.GetAttribute("value")!;
        var stored = (LabelJa: Field(firstForm, "LabelJa"), LabelEn: Field(firstForm, "LabelEn"), UnitJa: Field(firstForm, "UnitJa"), UnitEn: Field(firstForm, "UnitEn"));

        // The first saves (the same words: other tests read this indicator's label), the second saves on the older version.
        var saved = await first.PostFormAsync(Url, Url, new Dictionary<string, string>
        {
            ["LabelJa"] = stored.LabelJa, ["LabelEn"] = stored.LabelEn, ["UnitJa"] = stored.UnitJa, ["UnitEn"] = stored.UnitEn,
            ["Version"] = PortalClient.HiddenValue(firstForm, Url, "Version"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await second.PostFormAsync(Url, Url, new Dictionary<string, string>
        {
            ["LabelJa"] = "二人目の名称", ["LabelEn"] = "Second label", ["UnitJa"] = stored.UnitJa, ["UnitEn"] = stored.UnitEn,
            ["Version"] = PortalClient.HiddenValue(secondForm, Url, "Version"),
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("あなたが開いた後に別の人が保存しました。", page.QuerySelector("#indicator-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("二人目の名称", Field(page, "LabelJa"));
        var indicator = await portal.WithDbAsync(db => db.IndicatorDefinitions.AsNoTracking().SingleAsync(d => d.Code == "venues"));
        Assert.Equal((stored.LabelJa, stored.LabelEn), (indicator.Label.Ja, indicator.Label.En));
        // The form now carries the stored version: saving again is a decision made knowingly.
        Assert.Equal(indicator.Version.ToString(), PortalClient.HiddenValue(page, Url, "Version"));
    }

    [Fact]
    public async Task AnAdministratorAssignsPrefecturesToAnInitiativeForAFiscalYear()
    {
        var portal = fixture.Sqlite;
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var response = await admin.PostFormAsync("/reporting/admin/initiatives/2-5?fy=2026", "/reporting/admin/initiatives/2-5/assignments",
            [new("fy", "2026"), new("prefectures", "15"), new("prefectures", "27")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var assigned = await portal.WithDbAsync(db => db.ReportSubmissions.Where(s => s.FiscalYear == 2026 && s.InitiativeCode == "2-5").Select(s => s.PrefectureCode).OrderBy(c => c).ToListAsync());
        Assert.Equal(["15", "27"], assigned);

        // The new report appears among Niigata's forms.
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var (_, page) = await niigata.GetPageAsync("/reporting");
        Assert.Contains(page.QuerySelectorAll("#my-reports a"), a => a.GetAttribute("href") == "/reporting/2026/2-5/15");
    }
}
