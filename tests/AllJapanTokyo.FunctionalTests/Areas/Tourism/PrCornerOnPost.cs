using System.Globalization;
using System.Net;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Tourism;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

/// <summary>
/// The PR corner's calendar: prefecture staff apply for a municipality, Tokyo's officials are told of the application, Tokyo approves or declines, the applicant is
/// told, the approved event is on the public calendar in every language and the fiscal year's count of organisations
/// is proposed to reporting. A half-day is never given twice, not even to two applications arriving together.
/// </summary>
[Collection(TourismWorkCollection.Name)]
public sealed class PrCornerOnPost(PortalFixture fixture)
{
    private const string Mine = "/tourism/pr-corner/mine";
    private const string Review = "/tourism/pr-corner/review";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TokyoApprovesAnApplicationTheApplicantHearsAndTheCalendarAndTheFigureFollow(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var date = Day(30);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var applied = await niigata.PostFormAsync(Mine, Mine, Application("（試験）佐渡市", "（試験）佐渡の金山と朱鷺PR", date, PrCornerSlot.Morning));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var id = await portal.WithDbAsync(db => db.PrCornerBookings.Where(b => b.TitleJa == "（試験）佐渡の金山と朱鷺PR").Select(b => b.Id).SingleAsync());
        var officialId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == "official@example.jp").Select(u => u.Id).SingleAsync());
        var told = await portal.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == officialId && n.Kind == "tourism.pr-corner-applied").ToListAsync());
        Assert.Contains(told, n => System.Text.Json.JsonDocument.Parse(n.Arguments).RootElement.GetProperty("TitleJa").GetString() == "（試験）佐渡の金山と朱鷺PR" && n.LinkPath == Review);
        Assert.True(await portal.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "tourism.pr-corner-applied")));
        var (_, calendar) = await PortalClient.For(portal).GetPageAsync("/tourism/pr-corner");
        Assert.Null(calendar.QuerySelector($"li[data-booking='{id}']"));

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var approved = await official.PostFormAsync(Review, $"/tourism/pr-corner/{id}/approve", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var applicant = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == "niigata@example.jp").Select(u => u.Id).SingleAsync());
        Assert.True(await portal.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == applicant && n.Kind == "tourism.pr-corner-decided")));
        Assert.True(await portal.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "tourism.pr-corner-decided")));
        var figure = await portal.WithDbAsync(db => db.ComputedFigures.AsNoTracking()
            .Where(f => f.SourceKind == PrCorner.FigureSourceKind && f.State == ComputedFigureState.Proposed && f.FiscalYear == FiscalYearOf(date))
            .SingleAsync());
        Assert.Equal(("6-5", "pr_event_organizations", (string?)null), (figure.InitiativeCode, figure.IndicatorCode, figure.PrefectureCode));
        Assert.True(figure.Value >= 1);

        foreach (var (prefix, morning) in new[] { ("", "午前"), ("/en", Texts.En("午前")), ("/zh-hans", Texts.ZhHans("午前")), ("/ko", Texts.Ko("午前")) })
        {
            var (response, page) = await PortalClient.For(portal).GetPageAsync($"{prefix}/tourism/pr-corner");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var item = page.QuerySelector($"li[data-booking='{id}']")!;
            Assert.Contains("（試験）佐渡の金山と朱鷺PR", item.TextContent);
            Assert.Contains(morning, item.TextContent);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ATakenSlotIsRefusedAndADeclineNeedsAReasonAndFreesIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var date = Day(40);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
        Assert.Equal(HttpStatusCode.Redirect, (await niigata.PostFormAsync(Mine, Mine, Application("（試験）新潟市", "（試験）新潟の酒PR", date, PrCornerSlot.Afternoon))).StatusCode);

        var fullDay = await osaka.PostFormAsync(Mine, Mine, Application("（試験）堺市", "（試験）堺の刃物PR", date, PrCornerSlot.FullDay));
        Assert.Equal(HttpStatusCode.Conflict, fullDay.StatusCode);
        Assert.Contains("その日時はすでに他の申請で使われています。別の日または時間帯を選んでください。", PortalClient.Parse(await fullDay.Content.ReadAsStringAsync()).QuerySelector("#problem")!.TextContent);
        var morning = await osaka.PostFormAsync(Mine, Mine, Application("（試験）堺市", "（試験）堺の刃物PR（午前）", date, PrCornerSlot.Morning));
        Assert.Equal(HttpStatusCode.Redirect, morning.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.PrCornerBookings.AnyAsync(b => b.TitleJa == "（試験）堺の刃物PR")));

        var past = await osaka.PostFormAsync(Mine, Mine, Application("（試験）堺市", "（試験）過去", Day(-1), PrCornerSlot.Morning));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);

        var id = await portal.WithDbAsync(db => db.PrCornerBookings.Where(b => b.TitleJa == "（試験）新潟の酒PR").Select(b => b.Id).SingleAsync());
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var noReason = await official.PostFormAsync(Review, $"/tourism/pr-corner/{id}/decline", [new("reason", " ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(Review, $"/tourism/pr-corner/{id}/decline", [new("reason", "（試験）館内工事のため")])).StatusCode);
        var (_, mine) = await niigata.GetPageAsync(Mine);
        Assert.Contains("（試験）館内工事のため", mine.QuerySelector($"tr[data-booking='{id}']")!.TextContent);
        Assert.Equal(HttpStatusCode.Conflict, (await official.PostFormAsync(Review, $"/tourism/pr-corner/{id}/approve", [])).StatusCode);

        // Declined, the afternoon is free again.
        Assert.Equal(HttpStatusCode.Redirect, (await osaka.PostFormAsync(Mine, Mine, Application("（試験）堺市", "（試験）堺の刃物PR（午後）", date, PrCornerSlot.Afternoon))).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoApplicationsForTheSameHalfDayAtOnceGetItOnce(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var date = Day(50);
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var osaka = await PortalClient.SignedInAsync(portal, "osaka@example.jp");
        var (_, niigataForm) = await niigata.GetPageAsync(Mine);
        var (_, osakaForm) = await osaka.GetPageAsync(Mine);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
        {
            var (client, form) = i % 2 == 0 ? (niigata, niigataForm) : (osaka, osakaForm);
            var fields = Application("（試験）同時申請", $"（試験）同時申請{i}", date, i % 3 == 0 ? PrCornerSlot.FullDay : PrCornerSlot.Morning);
            fields["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(form, Mine);
            return client.Http.PostAsync(Mine, new FormUrlEncodedContent(fields));
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var claims = await portal.WithDbAsync(db => db.PrCornerSlotClaims.AsNoTracking().Where(c => c.Date == date && c.Half == PrCornerHalfDay.Morning).CountAsync());
        Assert.Equal(1, claims);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyPrefectureStaffApplyAndOnlyTokyoDecides(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        Assert.Equal(HttpStatusCode.Forbidden, (await official.GetAsync(Mine)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync(Review)).StatusCode);
    }

    private static DateOnly Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(fromToday);

    private static int FiscalYearOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    private static Dictionary<string, string> Application(string municipality, string title, DateOnly date, PrCornerSlot slot) => new()
    {
        ["Municipality"] = municipality,
        ["Title"] = title,
        ["Plan"] = "（試験）パネル展示と特産品の紹介",
        ["Date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Slot"] = slot.ToString(),
    };
}
