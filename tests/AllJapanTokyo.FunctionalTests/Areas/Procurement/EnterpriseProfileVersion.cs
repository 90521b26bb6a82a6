using System.Net;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>Two people edit their company's profile at once: the second save is refused, keeps what was typed and writes nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class EnterpriseProfileVersion(PortalFixture fixture)
{
    private const string Form = "/procurement/enterprises/mine";
    private const string Action = "/procurement/enterprises/mine/profile";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WhenTwoPeopleSaveTheProfileTheSecondIsRefusedAndTheStoredProfileIsTheFirsts(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社同時編集テスト", ScreeningStatus.Approved);
        var first = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var second = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var (_, firstForm) = await first.GetPageAsync(Form);
        var (_, secondForm) = await second.GetPageAsync(Form);

        var saved = await first.PostFormAsync(Form, Action, Profile("最初に保存したPR文", PortalClient.HiddenValue(firstForm, Action, "Profile.Version")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await second.PostFormAsync(Form, Action, Profile("後から保存したPR文", PortalClient.HiddenValue(secondForm, Action, "Profile.Version")));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("あなたが開いた後に別の人が保存しました。", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("後から保存したPR文", page.QuerySelector("#Profile_PrText")!.TextContent.Trim());
        var stored = await portal.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal("最初に保存したPR文", stored.PrText);
        // The form now carries the stored version: saving again is a decision made knowingly.
        Assert.Equal(stored.Version.ToString(), PortalClient.HiddenValue(page, Action, "Profile.Version"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnOperatorsDecisionOnAProfileChangedSinceTheScreeningPageWasOpenedIsRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (id, email) = await EnterpriseTestData.CreateAsync(portal, "株式会社審査中変更テスト", ScreeningStatus.Pending);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var (_, screening) = await admin.GetPageAsync($"/admin/enterprises/{id}");
        var company = await PortalClient.SignedInAsync(portal, email, EnterpriseTestData.Password);
        var (_, form) = await company.GetPageAsync(Form);
        Assert.Equal(HttpStatusCode.Redirect, (await company.PostFormAsync(Form, Action, Profile("審査中に書き換えたPR文", PortalClient.HiddenValue(form, Action, "Profile.Version")))).StatusCode);

        var decided = await admin.PostFormAsync($"/admin/enterprises/{id}", $"/admin/enterprises/{id}/decide", new Dictionary<string, string>
        {
            ["decision"] = "approve",
            ["version"] = screening.QuerySelector("input[name=version]")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, decided.StatusCode);
        Assert.Equal(ScreeningStatus.Pending, await portal.WithDbAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.ScreeningStatus).SingleAsync()));
    }

    private static Dictionary<string, string> Profile(string prText, string version) => new()
    {
        ["Profile.Version"] = version,
        ["Profile.NameKana"] = "ドウジヘンシュウテスト",
        ["Profile.Address"] = "金沢市広坂1-1-1",
        ["Profile.CapitalYen"] = "10000000",
        ["Profile.Employees"] = "12",
        ["Profile.PrText"] = prText,
    };
}
