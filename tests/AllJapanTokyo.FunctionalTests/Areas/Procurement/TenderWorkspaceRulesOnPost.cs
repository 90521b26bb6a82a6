using System.Globalization;
using System.Net;
using System.Text.Json;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Procurement.BiddingTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The buyer's side: readable numbers per buyer and fiscal year, the draft's version token, grouped prefecture
/// checkboxes, typed amounts, the publishing confirmation, documents, and public amendments (訂正公告) with their history.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TenderWorkspaceRulesOnPost(PortalFixture fixture)
{
    private const string NewTender = "/procurement/mine/tenders/new";

    private static Dictionary<string, string> Form(string title, string submit = "draft", string budget = "2,500,000")
    {
        var enquiryEndJst = DateTime.UtcNow.AddHours(9).AddDays(3);
        return new()
        {
            ["Input.Title"] = title,
            ["Input.Description"] = "展示ホールの案内サインを製作・設置する業務です。",
            ["Input.Category"] = "goods",
            ["Input.Method"] = "open",
            ["Input.DeliveryPrefectureCode"] = "13",
            ["Input.Nationwide"] = "true",
            ["Input.BudgetYen"] = budget,
            ["Input.ContactJa"] = "調達課 03-0000-0000",
            ["Input.EnquiryEnd"] = enquiryEndJst.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            ["Input.TenderStart"] = enquiryEndJst.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            ["Input.TenderEnd"] = enquiryEndJst.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            ["Input.Submit"] = submit,
        };
    }

    private static Task<Tender> StoredAsync(PortalFactory portal, string title) =>
        portal.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Title == title));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewTendersAreNumberedPerBuyerAndFiscalYear(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (organizationId, email) = await NewBuyerUserAsync(portal);
        var buyer = await PortalClient.SignedInAsync(portal, email);
        var first = $"{ProcurementTestData.UniqueWord()} 一件目";
        var second = $"{ProcurementTestData.UniqueWord()} 二件目";

        await buyer.PostFormAsync(NewTender, NewTender, Form(first));
        await buyer.PostFormAsync(NewTender, NewTender, Form(second));

        var fiscalYear = FiscalYear.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9))).StartYear;
        Assert.Equal($"B{organizationId}-{fiscalYear}-0001", (await StoredAsync(portal, first)).Reference);
        Assert.Equal($"B{organizationId}-{fiscalYear}-0002", (await StoredAsync(portal, second)).Reference);

        // Tokyo Big Sight has its own letters: 「BS-2026-0007」.
        var bigSight = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var title = $"{ProcurementTestData.UniqueWord()} ビッグサイト";
        await bigSight.PostFormAsync(NewTender, NewTender, Form(title));
        Assert.Matches($"^BS-{fiscalYear}-\\d{{4}}$", (await StoredAsync(portal, title)).Reference);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheSecondOfTwoSavesOfADraftIsRefusedKeepingWhatWasTypedAndWritingNothing(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, email) = await NewBuyerUserAsync(portal);
        var alice = await PortalClient.SignedInAsync(portal, email);
        var title = $"{ProcurementTestData.UniqueWord()} 下書き";
        await alice.PostFormAsync(NewTender, NewTender, Form(title));
        var tender = await StoredAsync(portal, title);
        var edit = $"/procurement/mine/tenders/{tender.Id}/edit";

        // Two people open the draft's form; both forms carry the version they were opened on.
        var (_, aliceForm) = await alice.GetPageAsync(edit);
        var (_, bobForm) = await alice.GetPageAsync(edit);
        string Version(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        Assert.Equal(tender.Version.ToString(), Version(aliceForm));

        var aliceSave = Form(title + " 改");
        aliceSave["Input.Version"] = Version(aliceForm);
        AssertRedirect(await alice.PostFormAsync(edit, edit, aliceSave), $"/procurement/mine/tenders/{tender.Id}");

        var bobSave = Form(title + " 別案", budget: "3,000,000");
        bobSave["Input.Version"] = Version(bobForm);
        var refused = await alice.PostFormAsync(edit, edit, bobSave);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("他の担当者が先にこの下書きを保存したため、保存しませんでした。", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(title + " 別案", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("3,000,000", page.QuerySelector("#Input_BudgetYen")!.GetAttribute("value"));
        var stored = await portal.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == tender.Id));
        Assert.Equal((title + " 改", 2_500_000L), (stored.Title, stored.BudgetYen!.Value));
        // The refused form now carries the current version: saving it again, knowingly, overwrites.
        Assert.Equal(stored.Version.ToString(), Version(page));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ARegionTickedAsAWholeSelectsItsPrefecturesWithoutJavaScript(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, email) = await NewBuyerUserAsync(portal);
        var buyer = await PortalClient.SignedInAsync(portal, email);
        var (_, form) = await buyer.GetPageAsync(NewTender);
        Assert.Equal(8, form.QuerySelectorAll(".prefecture-region").Length);
        Assert.NotNull(form.QuerySelector("input[name='Input.EligibleRegions'][value='近畿']"));

        var title = $"{ProcurementTestData.UniqueWord()} 地域限定";
        var fields = Form(title).ToList();
        fields.RemoveAll(f => f.Key == "Input.Nationwide");
        fields.Add(new("Input.Nationwide", "false"));
        fields.Add(new("Input.EligibleRegions", "近畿"));
        fields.Add(new("Input.EligiblePrefectureCodes", "15"));
        AssertRedirect(await buyer.PostFormAsync(NewTender, NewTender, fields), $"/procurement/mine/tenders/{(await portal.WithDbAsync(db => db.Tenders.Where(t => t.Title == title).Select(t => t.Id).SingleAsync()))}");

        var kinki = await portal.WithDbAsync(db => db.Prefectures.Where(p => p.Region.Ja == "近畿").Select(p => p.Code).ToListAsync());
        var stored = await StoredAsync(portal, title);
        Assert.False(stored.Nationwide);
        Assert.Equal(kinki.Append("15").Order(StringComparer.Ordinal), Tender.SplitCodes(stored.EligiblePrefectureCodes));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AmountsAreReadByTheDomainsRuleAndRefusedWithItsCodes(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, email) = await NewBuyerUserAsync(portal);
        var buyer = await PortalClient.SignedInAsync(portal, email);
        var title = $"{ProcurementTestData.UniqueWord()} 金額";

        AssertRedirect(await buyer.PostFormAsync(NewTender, NewTender, Form(title, budget: "２億５，０００万円")), $"/procurement/mine/tenders/{(await portal.WithDbAsync(db => db.Tenders.Where(t => t.Title == title).Select(t => t.Id).SingleAsync()))}");
        Assert.Equal(250_000_000L, (await StoredAsync(portal, title)).BudgetYen);

        foreach (var (typed, message) in new[] { ("abc", "数字で入力してください（例：1,200,000、120万）。"), ("-5", "0以上の数値を入力してください。"), ("1.5", "小数は入力できません。"), ("2兆", "数字で入力してください（例：1,200,000、120万）。"), ("10001億", "数が大きすぎます。") })
        {
            var other = $"{ProcurementTestData.UniqueWord()} 金額";
            var refused = await buyer.PostFormAsync(NewTender, NewTender, Form(other, budget: typed));
            var page = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent);
            Assert.Equal(typed, page.QuerySelector("#Input_BudgetYen")!.GetAttribute("value"));
            Assert.False(await portal.WithDbAsync(db => db.Tenders.AnyAsync(t => t.Title == other)));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublishingIsConfirmedFirstAndRefusedOnceTheEnquiryPeriodIsOver(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, email) = await NewBuyerUserAsync(portal);
        var buyer = await PortalClient.SignedInAsync(portal, email);
        var title = $"{ProcurementTestData.UniqueWord()} 公告確認";

        // 「保存して公告の確認へ進む」 saves the draft and shows the confirmation; nothing is published yet.
        var saved = await buyer.PostFormAsync(NewTender, NewTender, Form(title, submit: "publish"));
        var tender = await StoredAsync(portal, title);
        AssertRedirect(saved, $"/procurement/mine/tenders/{tender.Id}/publish");
        Assert.Equal(TenderStatus.Draft, tender.Status);
        var (_, confirm) = await buyer.GetPageAsync($"/procurement/mine/tenders/{tender.Id}/publish");
        Assert.Contains(tender.Reference, confirm.QuerySelector("main dl")!.TextContent);
        Assert.Equal(tender.Version.ToString(), confirm.QuerySelector("input[name=version]")!.GetAttribute("value"));

        // The enquiry period ends before publication: the confirmation says so and publishing is refused.
        var now = DateTime.UtcNow;
        await SetDatesAsync(portal, tender.Id, now.AddMinutes(-5), now.AddDays(1), now.AddDays(5));
        var (_, late) = await buyer.GetPageAsync($"/procurement/mine/tenders/{tender.Id}/publish");
        Assert.Contains("質問受付の締切が過ぎているため公告できません。", late.QuerySelector("main [role=alert]")!.TextContent);
        Assert.Null(late.QuerySelector("main form[action$='/publish']"));
        var refused = await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/publish", []);
        Assert.Contains("質問受付の締切が過ぎているため公告できません。", await refused.Content.ReadAsStringAsync());
        Assert.Equal(TenderStatus.Draft, (await StoredAsync(portal, title)).Status);

        await SetDatesAsync(portal, tender.Id, now.AddDays(1), now.AddDays(1), now.AddDays(5));
        var version = (await StoredAsync(portal, title)).Version.ToString();
        AssertRedirect(await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}/publish", $"/procurement/mine/tenders/{tender.Id}/publish", [new("version", version)]), $"/procurement/mine/tenders/{tender.Id}");
        Assert.Equal(TenderStatus.Published, (await StoredAsync(portal, title)).Status);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADocumentIsRemovedFreelyFromADraftAndAfterPublicationOnlyByAnAmendment(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var now = DateTime.UtcNow;
        var tender = await ProcurementTestData.InsertTenderAsync(portal, $"{ProcurementTestData.UniqueWord()} 資料", t =>
            (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (now.AddDays(1), now.AddDays(1), now.AddDays(10)), status: TenderStatus.Draft, neverPublished: true);
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var manage = $"/procurement/mine/tenders/{tender.Id}";
        await UploadAsync(buyer, manage, $"{manage}/documents", "document", "旧仕様書.pdf", Pdf("旧"), "application/pdf");
        await UploadAsync(buyer, manage, $"{manage}/documents", "document", "図面.pdf", Pdf("図"), "application/pdf");
        var documents = await portal.WithDbAsync(db => db.TenderDocuments.Where(d => d.TenderId == tender.Id).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync());

        AssertRedirect(await buyer.PostFormAsync(manage, $"{manage}/documents/{documents[1]}/remove", []), manage);
        Assert.Equal([documents[0]], await portal.WithDbAsync(db => db.TenderDocuments.Where(d => d.TenderId == tender.Id).Select(d => d.Id).ToListAsync()));

        AssertRedirect(await buyer.PostFormAsync(manage, $"{manage}/publish", []), manage);
        var refused = await buyer.PostFormAsync(manage, $"{manage}/documents/{documents[0]}/remove", []);
        Assert.Contains("公告後の資料の追加・削除は、訂正公告で行ってください。", await refused.Content.ReadAsStringAsync());
        Assert.True(await portal.WithDbAsync(db => db.TenderDocuments.AnyAsync(d => d.Id == documents[0])));

        var response = await AmendAsync(buyer, tender.Id, f =>
        {
            f["AmendmentForm.RemoveDocumentIds"] = documents[0].ToString(CultureInfo.InvariantCulture);
            f["AmendmentForm.Reason"] = "仕様書を差し替えるため";
        }, ("新仕様書.pdf", Pdf("新")));
        AssertRedirect(response, manage);

        Assert.Equal(["新仕様書.pdf"], await portal.WithDbAsync(db => db.TenderDocuments.Where(d => d.TenderId == tender.Id).Select(d => d.FileName).ToListAsync()));
        var (_, page) = await PortalClient.For(portal).GetPageAsync($"/procurement/tenders/{tender.Id}");
        var history = page.QuerySelector(".tender-amendments")!.TextContent;
        Assert.Contains("第1回訂正", history);
        Assert.Contains("資料の削除: 旧仕様書.pdf", System.Text.RegularExpressions.Regex.Replace(history, @"\s+", " "));
        Assert.Contains("新仕様書.pdf", history);
        Assert.Contains("仕様書を差し替えるため", history);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnAmendmentIsPublicMarksEarlierBidsAndTellsBiddersAndWatchers(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var tender = await OpenTenderAsync(portal);
        var (_, bidderEmail) = await NewEnterpriseUserAsync(portal);
        var (_, watcherEmail) = await NewEnterpriseUserAsync(portal);
        var bidder = await PortalClient.SignedInAsync(portal, bidderEmail);
        var page = $"/procurement/tenders/{tender.Id}";
        await BidAsync(bidder, tender.Id, "1,100,000");
        await (await PortalClient.SignedInAsync(portal, watcherEmail)).PostFormAsync(page, $"{page}/watch", []);
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp");
        var manage = $"/procurement/mine/tenders/{tender.Id}";

        // Refused: no reason, or nothing changed; nothing is written.
        var noReason = await AmendAsync(buyer, tender.Id, f => f["AmendmentForm.BudgetYen"] = "1,500,000");
        Assert.Contains("訂正の理由を入力してください。", await noReason.Content.ReadAsStringAsync());
        var nothing = await AmendAsync(buyer, tender.Id, f => f["AmendmentForm.Reason"] = "念のため");
        Assert.Contains("訂正する項目がありません。", await nothing.Content.ReadAsStringAsync());
        Assert.False(await portal.WithDbAsync(db => db.TenderAmendments.AnyAsync(a => a.TenderId == tender.Id)));

        var newEnd = tender.TenderEndUtc.AddDays(2);
        AssertRedirect(await AmendAsync(buyer, tender.Id, f =>
        {
            f["AmendmentForm.BudgetYen"] = "150万";
            f["AmendmentForm.TenderEnd"] = (newEnd.AddHours(9)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            f["AmendmentForm.Reason"] = "会期の延長に伴う訂正";
        }), manage);

        var stored = await portal.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == tender.Id));
        Assert.Equal(1_500_000L, stored.BudgetYen);
        Assert.NotNull(stored.MaterialChangeAtUtc);

        // The public page shows what changed and when.
        var (_, publicPage) = await PortalClient.For(portal).GetPageAsync(page);
        var history = publicPage.QuerySelector(".tender-amendments")!.TextContent;
        Assert.Contains("会期の延長に伴う訂正", history);
        Assert.Contains("1,200,000円 → 1,500,000円", history);
        Assert.Contains("入札締切", history);

        // The bidder: its bid is marked, and it was told so; the watcher was told without the mark.
        var (_, bidderPage) = await bidder.GetPageAsync(page);
        Assert.NotNull(bidderPage.QuerySelector("#bidder .bid-before-change"));
        var toBidder = Assert.Single(await NotificationsOf(portal, bidderEmail), n => n.Kind == "tender.amended");
        Assert.True(JsonDocument.Parse(toBidder.Arguments).RootElement.GetProperty("BidPlacedBefore").GetBoolean());
        var toWatcher = Assert.Single(await NotificationsOf(portal, watcherEmail), n => n.Kind == "tender.amended");
        Assert.False(JsonDocument.Parse(toWatcher.Arguments).RootElement.GetProperty("BidPlacedBefore").GetBoolean());
        Assert.Contains(await OutboxTo(portal, bidderEmail), m => m.Subject == $"【訂正公告】{tender.Reference} {tender.Title}" && m.Text.Contains("訂正の理由: 会期の延長に伴う訂正", StringComparison.Ordinal));

        // The buyer sees the mark beside the bid once the bids are open; a bid revised after the change loses it.
        await CloseAsync(portal, tender.Id);
        var (_, workspace) = await buyer.GetPageAsync(manage);
        Assert.NotNull(workspace.QuerySelector("table.bids .bid-before-change"));
    }

    /// <summary>Posts the workspace's amendment form as it stands, changed by <paramref name="change"/>, with an optional new document.</summary>
    private static async Task<HttpResponseMessage> AmendAsync(PortalClient buyer, int tenderId, Action<Dictionary<string, string>> change, (string Name, byte[] Bytes)? document = null)
    {
        var manage = $"/procurement/mine/tenders/{tenderId}";
        var (_, page) = await buyer.GetPageAsync(manage);
        var action = $"{manage}/amend";
        var form = page.QuerySelectorAll("form").First(f => f.GetAttribute("action") == action);
        var fields = form.QuerySelectorAll("input[name]:not([type=file]):not([type=checkbox]), textarea[name]")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? "");
        change(fields);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (document is { } d)
        {
            content.Add(new ByteArrayContent(d.Bytes), "newDocument", d.Name);
        }

        return await buyer.Http.PostAsync(action, content);
    }
}
