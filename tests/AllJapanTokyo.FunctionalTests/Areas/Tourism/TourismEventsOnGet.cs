using System.Net;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

/// <summary>The events of the tourism PR measures show as upcoming, held, or cancelled with the report's reason, in every language.</summary>
[Collection(TourismWorkCollection.Name)]
public sealed class TourismEventsOnGet(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShowsUpcomingHeldAndCancelledEventsWithTheirReasonInEveryLanguage(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var next = DateTime.UtcNow.Year + 1;
        var upcomingId = await portal.WithDbAsync(async db =>
        {
            var e = new Event { InitiativeCode = "6-3", FiscalYear = next, NameJa = "（試験）ふるさと祭り東京の特設ブース", Start = PartialDate.OfMonth(next + 1, 1), Status = ActivityStatus.Held };
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });

        foreach (var (prefix, language) in new[] { ("", (PortalLanguage?)null), ("/en", PortalLanguage.English), ("/zh-hans", PortalLanguage.ChineseSimplified), ("/ko", PortalLanguage.Korean) })
        {
            string T(string key) => language is { } l ? Texts.In(l, key) : key;
            var (response, page) = await PortalClient.For(portal).GetPageAsync($"{prefix}/tourism/events");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rows = page.QuerySelectorAll("tr[data-event]").ToList();
            var cancelled = rows.Single(r => r.TextContent.Contains("ふるさと祭り東京2021", StringComparison.Ordinal));
            Assert.Equal("Cancelled", cancelled.GetAttribute("data-status"));
            Assert.Contains(T("中止"), cancelled.TextContent);
            Assert.Contains("東京ドーム開催が中止", cancelled.TextContent);
            var held = rows.First(r => r.TextContent.Contains("東京味わいフェスタ（有楽町エリア）", StringComparison.Ordinal));
            Assert.Contains(T("開催"), held.TextContent);
            var upcoming = rows.Single(r => r.GetAttribute("data-event") == upcomingId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("upcoming", upcoming.GetAttribute("data-status"));
            Assert.Contains(T("開催予定"), upcoming.TextContent);
            Assert.Contains(rows, r => r.TextContent.Contains("台風接近のため", StringComparison.Ordinal));
        }
    }
}
