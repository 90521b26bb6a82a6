using System.Globalization;
using System.Net;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Textiles;

/// <summary>
/// A designer's request from received to order: the coordinator's steps (rules of the domain), the notifications, the
/// regions' answers, messages only between introduction and close, who may read a request, and the yearly figures.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TextilesRequestPipeline(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ARequestWithoutItsRequiredFieldsIsRefusedAndTheFormKeepsWhatWasTyped(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (designer, designerId, _) = await TextilesTestData.DesignerAsync(portal);

        var response = await designer.PostFormAsync("/textiles/requests/new", "/textiles/requests/new", new Dictionary<string, string>
        {
            ["Material"] = "リネン",
            ["Technique"] = "",
            ["Quantity"] = "50m",
            ["BudgetMin"] = "50万",
            ["BudgetMax"] = "30万",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        var problems = page.QuerySelectorAll("#error-summary li").Select(li => (li.GetAttribute("data-field"), li.GetAttribute("data-problem"))).ToList();
        Assert.Contains(("Technique", "Required"), problems);
        Assert.Contains(("Timing", "Required"), problems);
        Assert.Contains(("Purpose", "Required"), problems);
        Assert.Contains(("BudgetMax", "BudgetRange"), problems);
        Assert.Contains("技法・加工：入力してください。", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("リネン", page.QuerySelector("#Material")!.GetAttribute("value"));
        Assert.Equal("50万", page.QuerySelector("#BudgetMin")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.DesignRequests.AnyAsync(r => r.DesignerId == designerId)));

        var (english, _, _) = await TextilesTestData.DesignerAsync(portal);
        var inEnglish = await english.PostFormAsync("/en/textiles/requests/new", "/en/textiles/requests/new", new Dictionary<string, string> { ["Material"] = "Linen" });
        Assert.Contains(Texts.En("{0}：{1}", Texts.En("技法・加工"), Texts.En("入力してください。")), await inEnglish.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ARequestGoesFromReceivedToOrderNotifyingThePartiesAndOnlyItsPartiesReadIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (designer, designerId, designerUser) = await TextilesTestData.DesignerAsync(portal);
        var region = await TextilesTestData.RegionAsync(portal, "15", contact: "見附ニット組合 担当窓口");
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");

        var submitted = await designer.PostFormAsync("/textiles/requests/new", "/textiles/requests/new", new Dictionary<string, string>
        {
            ["Material"] = "ウールの二重織り", ["Technique"] = "ジャカード", ["Quantity"] = "200m", ["Timing"] = "2027年春",
            ["BudgetMin"] = "30万", ["BudgetMax"] = "１，２００，０００", ["Purpose"] = "コートの表地",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var request = await portal.WithDbAsync(db => db.DesignRequests.SingleAsync(r => r.DesignerId == designerId));
        Assert.Equal((300_000L, 1_200_000L), (request.BudgetMinYen!.Value, request.BudgetMaxYen!.Value));
        Assert.Equal(RequestStage.Received, request.Stage);
        var url = $"/textiles/requests/{request.Id}";
        Assert.True(await NotifiedAsync(portal, "textiles.request-received", "official@example.jp"));

        // Before the introduction: no region reads it, no message can be written, the contact is not shown.
        Assert.Equal(HttpStatusCode.NotFound, (await niigata.GetAsync(url)).StatusCode);
        var early = await designer.PostFormAsync(url, $"{url}/messages", new Dictionary<string, string> { ["regionId"] = $"{region}", ["body"] = "連絡先を教えてください" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("NotIntroduced", PortalClient.Parse(await early.Content.ReadAsStringAsync()).QuerySelector("#error-summary")!.GetAttribute("data-problem"));
        Assert.DoesNotContain("見附ニット組合", (await designer.GetPageAsync(url)).Document.QuerySelector("main")!.TextContent);

        // A step out of order is refused by the domain's rules.
        var tooSoon = await official.PostFormAsync(url, $"{url}/step", new Dictionary<string, string> { ["to"] = "Sample" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(url, $"{url}/introduce", new Dictionary<string, string> { ["regionIds"] = $"{region}" })).StatusCode);
        Assert.True(await NotifiedAsync(portal, "textiles.request-step", "niigata@example.jp", request.Id));
        Assert.Contains("見附ニット組合", (await designer.GetPageAsync(url)).Document.QuerySelector("main")!.TextContent);

        // Region staff of another prefecture and another designer get 404; Niigata reads it and answers.
        Assert.Equal(HttpStatusCode.NotFound, (await osaka.GetAsync(url)).StatusCode);
        var (stranger, _, _) = await TextilesTestData.DesignerAsync(portal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(request.MaterialJa, (await stranger.GetPageAsync("/textiles/requests")).Document.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await niigata.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await niigata.PostFormAsync(url, $"{url}/answer", new Dictionary<string, string> { ["regionId"] = $"{region}", ["answer"] = "Interested" })).StatusCode);

        // Messages with attachments: images or PDF only.
        var pdf = "%PDF-1.4\n%test\n"u8.ToArray();
        var sent = await TextilesTestData.PostMultipartAsync(designer, url, $"{url}/messages", new Dictionary<string, string> { ["regionId"] = $"{region}", ["body"] = "仕様書を添付します" }, "file", pdf, "仕様書.pdf");
        Assert.Equal(HttpStatusCode.Redirect, sent.Response.StatusCode);
        var refusedFile = await TextilesTestData.PostMultipartAsync(niigata, url, $"{url}/messages", new Dictionary<string, string> { ["regionId"] = $"{region}", ["body"] = "実行ファイルです" }, "file", "MZ\u0090\0"u8.ToArray(), "a.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedFile.Response.StatusCode);
        Assert.Equal("実行ファイルです", refusedFile.Page.QuerySelector($"#body-{region}")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await niigata.PostFormAsync(url, $"{url}/messages", new Dictionary<string, string> { ["regionId"] = $"{region}", ["body"] = "拝見しました" })).StatusCode);
        var messages = await portal.WithDbAsync(db => db.RequestMessages.Where(m => m.RequestId == request.Id).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([MessageSide.Designer, MessageSide.Region], messages.Select(m => m.Side));
        Assert.Equal("application/pdf", messages[0].AttachmentContentType);
        var attachment = await niigata.GetAsync($"{url}/messages/{messages[0].Id}/attachment");
        Assert.Equal("application/pdf", attachment.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await osaka.GetAsync($"{url}/messages/{messages[0].Id}/attachment")).StatusCode);
        Assert.True(await NotifiedAsync(portal, "textiles.message", designerUser, request.Id, byUserId: true));

        foreach (var step in new[] { "Met", "Sample", "Ordered" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(url, $"{url}/step", new Dictionary<string, string> { ["to"] = step })).StatusCode);
        }

        Assert.Equal(RequestStage.Ordered, await portal.WithDbAsync(db => db.DesignRequests.Where(r => r.Id == request.Id).Select(r => r.Stage).SingleAsync()));
        Assert.Equal(4, await portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == designerUser && n.Kind == "textiles.request-step")));

        // The request has ended: no more messages, nothing stored.
        var late = await niigata.PostFormAsync(url, $"{url}/messages", new Dictionary<string, string> { ["regionId"] = $"{region}", ["body"] = "追加のご相談" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Equal("RequestClosed", PortalClient.Parse(await late.Content.ReadAsStringAsync()).QuerySelector("#error-summary")!.GetAttribute("data-problem"));
        Assert.Equal(2, await portal.WithDbAsync(db => db.RequestMessages.CountAsync(m => m.RequestId == request.Id)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AClosedRequestKeepsItsReasonAndTakesNoMoreMessages(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (designer, designerId, _) = await TextilesTestData.DesignerAsync(portal);
        var region = await TextilesTestData.RegionAsync(portal, "15");
        var id = await TextilesTestData.RequestAsync(portal, designerId, r => r.Introduce([region], DateTime.UtcNow));
        var url = $"/textiles/requests/{id}";
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");

        var noReason = await official.PostFormAsync(url, $"{url}/step", new Dictionary<string, string> { ["to"] = "Closed", ["reason"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(url, $"{url}/step", new Dictionary<string, string> { ["to"] = "Closed", ["reason"] = "予算が合わなかったため" })).StatusCode);

        var (_, page) = await designer.GetPageAsync(url);
        Assert.Contains("予算が合わなかったため", page.QuerySelector("#close-reason")!.TextContent);
        var late = await designer.PostFormAsync(url, $"{url}/messages", new Dictionary<string, string> { ["regionId"] = $"{region}", ["body"] = "もう一度" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.RequestMessages.AnyAsync(m => m.RequestId == id)));

        // A designer may not take the coordinator's steps.
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.PostFormAsync(url, $"{url}/step", new Dictionary<string, string> { ["to"] = "Met" })).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheYearsCountsAreProposedOnlyForTheIndicatorsOnTheMeasuresForm(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        // A year no other test uses, so that the counts are this test's alone.
        var fiscalYear = 2040 + (provider == "Sqlite" ? 0 : 1);
        var from = new DateTime(fiscalYear, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var (_, designerId, _) = await TextilesTestData.DesignerAsync(portal);
        var region = await TextilesTestData.RegionAsync(portal, "15");
        await TextilesTestData.RequestAsync(portal, designerId, r =>
        {
            r.SubmittedAtUtc = from;
            r.Introduce([region], from);
            r.Introductions[0].Answer = IntroductionAnswer.Interested;
            r.Advance(RequestStage.Met, from);
            r.Advance(RequestStage.Sample, from);
            r.Advance(RequestStage.Ordered, from);
        });
        await TextilesTestData.RequestAsync(portal, designerId, r => r.SubmittedAtUtc = from.AddDays(1));
        await TextilesTestData.RequestAsync(portal, designerId, r => (r.SubmittedAtUtc, r.IsSynthetic) = (from, true));
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var fields = new Dictionary<string, string> { ["fiscalYear"] = fiscalYear.ToString(CultureInfo.InvariantCulture) };

        await portal.WithDbAsync(async db =>
        {
            db.FormIndicators.RemoveRange(db.FormIndicators.Where(f => f.InitiativeCode == "2-1"));
            await db.SaveChangesAsync();
            return 0;
        });
        var none = await official.PostFormAsync("/textiles/requests", "/textiles/requests/figures", fields);
        Assert.Contains("報告様式に、提案できる指標がありません", PortalClient.Parse(await none.Content.ReadAsStringAsync()).QuerySelector("#figures-result")!.TextContent);
        Assert.False(await portal.WithDbAsync(db => db.ComputedFigures.AnyAsync(f => f.InitiativeCode == "2-1" && f.FiscalYear == fiscalYear)));

        await portal.WithDbAsync(async db =>
        {
            db.FormIndicators.AddRange(
                new FormIndicator { InitiativeCode = "2-1", IndicatorCode = "textile_requests", SortOrder = 10 },
                new FormIndicator { InitiativeCode = "2-1", IndicatorCode = "textile_orders", SortOrder = 20 });
            await db.SaveChangesAsync();
            return 0;
        });
        try
        {
            var proposed = await official.PostFormAsync("/textiles/requests", "/textiles/requests/figures", fields);
            Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
            var figures = await portal.WithDbAsync(db => db.ComputedFigures.Where(f => f.InitiativeCode == "2-1" && f.FiscalYear == fiscalYear && f.State == ComputedFigureState.Proposed).ToListAsync());
            Assert.Equal(2m, figures.Single(f => f.IndicatorCode == "textile_requests" && f.PrefectureCode == null).Value);
            Assert.Equal(1m, figures.Single(f => f.IndicatorCode == "textile_orders" && f.PrefectureCode == null).Value);
            Assert.Equal(1m, figures.Single(f => f.IndicatorCode == "textile_orders" && f.PrefectureCode == "15").Value);
            Assert.DoesNotContain(figures, f => f.IndicatorCode is "textile_introductions" or "textile_samples");
        }
        finally
        {
            await portal.WithDbAsync(async db =>
            {
                db.FormIndicators.RemoveRange(db.FormIndicators.Where(f => f.InitiativeCode == "2-1"));
                await db.SaveChangesAsync();
                return 0;
            });
        }
    }

    private static async Task<bool> NotifiedAsync(PortalFactory portal, string kind, string who, int? requestId = null, bool byUserId = false)
    {
        var arguments = await portal.WithDbAsync(db =>
            (from n in db.Notifications
             join u in db.Users on n.UserId equals u.Id
             where n.Kind == kind && (byUserId ? u.Id == who : u.Email == who)
             select n.Arguments).ToListAsync());
        return arguments.Any(a => requestId is null || a.Contains($"\"RequestId\":{requestId}", StringComparison.Ordinal));
    }
}
