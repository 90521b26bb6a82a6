using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AllJapanTokyo.BrowserTests.Infrastructure;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllJapanTokyo.BrowserTests.Fairs;

/// <summary>
/// The business meetings (商談会) of an event in Chromium, through the real pages: the organiser (a Tokyo official)
/// creates the event's programme and a session on the grid page; the supplier (sme@example.jp's company) and the buyer
/// (buyer@example.jp's organisation) register in the marketplace; the buyer requests a meeting, the supplier accepts it
/// on its agenda page; the organiser places it with the automatic scheduler; and both partners download their agenda as
/// .ics and find the same meeting in it — the same UID and the same start in Asia/Tokyo, the one their agenda pages show.
/// The marketplace, the agendas and the grid are checked with axe on the way. The event itself is seeded (there is no
/// page that creates events); everything else is done the way the people do it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class BusinessMeetingJourney(BrowserFixture fixture)
{
    private const string OrganiserEmail = "official@example.jp";
    private const string SupplierEmail = "sme@example.jp";
    private const string BuyerEmail = "buyer@example.jp";

    [SkippableFact]
    public async Task Buyer_requests_supplier_accepts_organiser_schedules_and_both_calendars_hold_the_same_meeting()
    {
        Skip.IfNot(BrowserFixture.BrowserInstalled || BrowserFixture.RunningInCi, BrowserFixture.MissingBrowser);
        var (eventId, supplierName, buyerName) = await NewEventAsync(fixture.Portal);
        var grid = $"/fairs/events/{eventId}/meetings";
        var market = $"{grid}/participants";
        var mine = $"{grid}/mine";

        // The session, three days from today in Japan: 10:00–11:00, two 30-minute slots, two tables.
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(3);

        // 1. The organiser saves the settings (which opens the programme) and adds the session.
        await using var organiserContext = await fixture.NewContextAsync();
        var organiser = await organiserContext.NewPageAsync();
        await PortalPages.SignInAsync(organiser, OrganiserEmail);
        await organiser.GotoAsync(grid);
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("商談会の運営");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "設定を保存する" }).ClickAsync();
        await Expect(Notice(organiser)).ToContainTextAsync("商談会の設定を保存しました。");
        await organiser.GetByLabel("日付", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await organiser.GetByLabel("開始", new() { Exact = true }).FillAsync("10:00");
        await organiser.GetByLabel("終了時刻", new() { Exact = true }).FillAsync("11:00");
        await organiser.GetByLabel("1枠（分）").FillAsync("30");
        await organiser.GetByLabel("テーブル数（オンラインは0）").FillAsync("2");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "セッションを追加する" }).ClickAsync();
        await Expect(Notice(organiser)).ToContainTextAsync("セッションを追加しました。");
        await Expect(organiser.Locator("table.meeting-grid tbody tr")).ToHaveCountAsync(2);

        // 2. The supplier registers as a supplier, for the one session.
        await using var supplierContext = await fixture.NewContextAsync();
        var supplier = await supplierContext.NewPageAsync();
        await PortalPages.SignInAsync(supplier, SupplierEmail);
        await RegisterAsync(supplier, market, "サプライヤー", offers: "精密部品の試作・小ロット加工", seeks: "展示会場の設備更新の案件");

        // 3. The buyer registers as a buyer, finds the supplier in the marketplace and requests a meeting with a message.
        await using var buyerContext = await fixture.NewContextAsync();
        var buyer = await buyerContext.NewPageAsync();
        await PortalPages.SignInAsync(buyer, BuyerEmail);
        await RegisterAsync(buyer, market, "バイヤー", offers: "展示会場の運営と調達", seeks: "精密部品");
        await buyer.GetByLabel("立場", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "サプライヤー" });
        await buyer.GetByLabel("キーワード").FillAsync("精密部品の試作");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "絞り込む" }).ClickAsync();
        var supplierRow = buyer.Locator("tr[data-participant]", new() { HasText = supplierName });
        await Expect(buyer.Locator("tr[data-participant]")).ToHaveCountAsync(1);
        await Expect(supplierRow).ToContainTextAsync("サプライヤー");
        await AxeChecks.AssertNoSeriousViolationsAsync(buyer, "the marketplace with a request form");
        const string message = "会場設備の部品について、試作のご相談をさせてください。";
        await supplierRow.GetByLabel("メッセージ").FillAsync(message);
        await supplierRow.GetByRole(AriaRole.Button, new() { Name = "商談を申し込む" }).ClickAsync();
        await Expect(Notice(buyer)).ToContainTextAsync("商談を申し込みました。");
        await Expect(buyer.Locator("tr[data-participant]", new() { HasText = supplierName })).ToContainTextAsync("回答待ち");

        // 4. The supplier finds the request, with its message, on its agenda page and accepts it.
        await supplier.GotoAsync(mine);
        var incoming = supplier.Locator("tr[data-request]", new() { HasText = buyerName });
        await Expect(incoming).ToContainTextAsync("受けた申込み");
        await Expect(incoming).ToContainTextAsync(message);
        await AxeChecks.AssertNoSeriousViolationsAsync(supplier, "the agenda with a request to answer");
        await incoming.GetByRole(AriaRole.Button, new() { Name = "承諾する" }).ClickAsync();
        await Expect(Notice(supplier)).ToContainTextAsync("商談が成立しました。");
        await Expect(supplier.Locator("tr[data-request]", new() { HasText = buyerName })).ToContainTextAsync("成立");
        await Expect(supplier.Locator("table.agenda")).ToHaveCountAsync(0);

        // 5. The organiser runs the automatic scheduler: the one accepted request becomes one meeting on the grid.
        await organiser.GotoAsync(grid);
        await Expect(organiser.Locator("main")).ToContainTextAsync("未配置の成立済み申込み1件");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "成立済みの申込みを自動配置する" }).ClickAsync();
        await Expect(Notice(organiser)).ToContainTextAsync("自動配置で1件の商談を予定に入れました。入らなかった申込み：0件。");
        var placed = organiser.Locator("table.meeting-grid [data-meeting]");
        await Expect(placed).ToHaveCountAsync(1);
        await Expect(placed).ToContainTextAsync($"{buyerName} × {supplierName}");
        var meetingId = await placed.GetAttributeAsync("data-meeting");
        Assert.NotNull(meetingId);
        await Expect(organiser.Locator("main")).ToContainTextAsync("未配置の成立済み申込み0件");
        await AxeChecks.AssertNoSeriousViolationsAsync(organiser, "the organiser's grid with a meeting placed");

        // 6. Each partner sees the meeting on its agenda and downloads the agenda as .ics.
        var supplierCalendar = await AgendaCalendarAsync(supplier, mine, meetingId, buyerName, eventId);
        await AxeChecks.AssertNoSeriousViolationsAsync(supplier, "the supplier's agenda with its meeting");
        var buyerCalendar = await AgendaCalendarAsync(buyer, mine, meetingId, supplierName, eventId);
        await AxeChecks.AssertNoSeriousViolationsAsync(buyer, "the buyer's agenda with its meeting");

        // 7. The two files hold the same meeting: one event each, the same UID (the meeting's, not the participant's),
        //    the same start in Japan time, on the session's day and at the time the agenda pages show.
        Assert.StartsWith($"meeting-{meetingId}@", supplierCalendar.Uid, StringComparison.Ordinal);
        Assert.Equal(supplierCalendar.Uid, buyerCalendar.Uid);
        Assert.Equal(supplierCalendar.Start, buyerCalendar.Start);
        var startTime = supplierCalendar.AgendaStart.Replace(":", "", StringComparison.Ordinal);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"TZID=Asia/Tokyo:{day:yyyyMMdd}T{startTime}00"), supplierCalendar.Start);
        Assert.Equal(supplierCalendar.AgendaStart, buyerCalendar.AgendaStart);
        Assert.Contains(supplierCalendar.AgendaStart, new[] { "10:00", "10:30" });
    }

    /// <summary>The message the layout shows after a change (the page's other status lines aside).</summary>
    private static ILocator Notice(IPage page) => page.Locator("main > .alert-success[role=status]");

    /// <summary>What a partner's .ics says of its one meeting, and the start its agenda page shows.</summary>
    private sealed record CalendarMeeting(string Uid, string Start, string AgendaStart);

    /// <summary>Registers the signed-in account's company or organisation in the marketplace on the side given.</summary>
    private static async Task RegisterAsync(IPage page, string market, string side, string offers, string seeks)
    {
        await page.GotoAsync(market);
        await page.GetByRole(AriaRole.Radio, new() { Name = side, Exact = true }).CheckAsync();
        await page.GetByLabel("提供できるもの").FillAsync(offers);
        await page.GetByLabel("求めるもの").FillAsync(seeks);
        await Expect(page.Locator("input[name=Sessions]")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "参加登録する" }).ClickAsync();
        await Expect(Notice(page)).ToContainTextAsync("商談会に参加登録しました。");
        await Expect(page.Locator("main")).ToContainTextAsync($"参加登録済み（{side}）");
    }

    /// <summary>
    /// Opens the agenda, checks its one meeting (partner, table, 仮の予定), and downloads the .ics through the page's link
    /// as a person would; returns the file's one VEVENT's UID and DTSTART (with its parameters) and the agenda's start.
    /// </summary>
    private static async Task<CalendarMeeting> AgendaCalendarAsync(IPage page, string mine, string meetingId, string partnerName, int eventId)
    {
        await page.GotoAsync(mine);
        var row = page.Locator($"table.agenda tr[data-meeting='{meetingId}']");
        await Expect(page.Locator("table.agenda tbody tr")).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(partnerName);
        await Expect(row).ToContainTextAsync(TableNumber());
        await Expect(page.Locator("section[aria-labelledby=agenda]")).ToContainTextAsync("仮の予定");
        var agendaStart = SlotTimes().Match(await row.Locator("td").First.InnerTextAsync());
        Assert.True(agendaStart.Success, "The agenda shows the meeting's start and end");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "カレンダーに取り込む（.ics）" }).ClickAsync());
        Assert.Equal($"meetings-{eventId}.ics", download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // RFC 5545 folds long lines with CRLF and a space (or tab); unfolded, each property is one line.
        var text = Folded().Replace(await reader.ReadToEndAsync(), "");
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        Assert.Contains("TZID:Asia/Tokyo", text, StringComparison.Ordinal);
        var events = VEvent().Matches(text);
        var vevent = Assert.Single(events).Value;
        var uid = Property(vevent, "UID", ":");
        var start = Property(vevent, "DTSTART", ";");
        return new CalendarMeeting(uid, start, agendaStart.Groups[1].Value);
    }

    /// <summary>The value of the one line NAME…: with <paramref name="separator"/> ":" the value, with ";" the parameters and value.</summary>
    private static string Property(string vevent, string name, string separator)
    {
        var lines = vevent.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(name + separator, StringComparison.Ordinal)).ToList();
        return Assert.Single(lines)[(name.Length + 1)..];
    }

    /// <summary>A new synthetic in-person event of the business-meeting measure (2-4), and the demo partners' names.</summary>
    private static async Task<(int EventId, string SupplierName, string BuyerName)> NewEventAsync(KestrelPortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var ev = new Event
        {
            InitiativeCode = "2-4", FiscalYear = FiscalYear.Containing(today).StartYear, NameJa = $"ブラウザ試験商談会{Guid.NewGuid():N}"[..17],
            VenueJa = "東京都立産業貿易センター（試験）", HostPrefectureCode = "13", Format = EventFormat.InPerson, Status = ActivityStatus.Ongoing,
            IsSynthetic = true,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        var supplier = await db.Users.Where(u => u.Email == SupplierEmail)
            .Select(u => db.Enterprises.Where(e => e.Id == u.EnterpriseId).Select(e => e.NameJa).First()).SingleAsync();
        var buyer = await db.Users.Where(u => u.Email == BuyerEmail)
            .Select(u => db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.NameJa).First()).SingleAsync();
        return (ev.Id, supplier, buyer);
    }

    [GeneratedRegex(@"\r?\n[ \t]")]
    private static partial Regex Folded();

    [GeneratedRegex(@"BEGIN:VEVENT.*?END:VEVENT", RegexOptions.Singleline)]
    private static partial Regex VEvent();

    [GeneratedRegex(@"(\d{2}:\d{2})–\d{2}:\d{2}")]
    private static partial Regex SlotTimes();

    [GeneratedRegex(@"[12]番テーブル")]
    private static partial Regex TableNumber();
}
