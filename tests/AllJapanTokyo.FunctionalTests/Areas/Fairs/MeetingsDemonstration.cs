using System.Net;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

/// <summary>The Development demonstration 商談会: 120 participants, requests in every state, a scheduled grid, all 架空.</summary>
[Collection(PortalCollection.Name)]
public sealed class MeetingsDemonstration(PortalFixture fixture)
{
    [Fact]
    public async Task AnUpcomingSyntheticMeetingEventWithAScheduledGridIsThere()
    {
        var portal = fixture.Sqlite;
        var ev = await portal.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.NameJa == MeetingsDemoSeeder.EventName));
        Assert.True(ev.IsSynthetic);
        var programme = await portal.WithDbAsync(db => db.MeetingProgrammes.AsNoTracking().SingleAsync(p => p.EventId == ev.Id));
        Assert.Equal(120, await portal.WithDbAsync(db => db.MeetingParticipants.CountAsync(p => p.ProgrammeId == programme.Id && p.IsSynthetic)));
        var states = await portal.WithDbAsync(db => db.MeetingRequests.Where(r => r.ProgrammeId == programme.Id).Select(r => r.Status).Distinct().ToListAsync());
        Assert.Equal(3, states.Count);
        var accepted = await portal.WithDbAsync(db => db.MeetingRequests.CountAsync(r => r.ProgrammeId == programme.Id && r.Status == MeetingRequestStatus.Accepted));
        Assert.Equal(accepted, await portal.WithDbAsync(db => db.Meetings.CountAsync(m => m.ProgrammeId == programme.Id)));

        var supplier = await PortalClient.SignedInAsync(portal, "sme@example.jp");
        var (response, page) = await supplier.GetPageAsync($"/fairs/events/{ev.Id}/meetings/mine");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll("tr[data-meeting]"));
        Assert.Contains("仮の予定", page.QuerySelector("main")!.TextContent);
    }
}
