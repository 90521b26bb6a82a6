using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Fairs.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AllJapanTokyo.FunctionalTests.Areas.Fairs.MeetingsTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

/// <summary>
/// A participant is never in two meetings at once and a table never holds two, even when two organisers move meetings
/// at the same moment: the database's unique indexes refuse the second, which is told why.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MeetingsConcurrency(PortalFixture fixture)
{
    private static async Task<MeetingChange?> MoveAsync(PortalFactory portal, Setup setup, int meetingId, int slot, int table, Barrier barrier)
    {
        await using var scope = portal.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<MeetingsService>();
        await Task.Yield();
        barrier.SignalAndWait(TimeSpan.FromSeconds(10));
        return await service.MoveAsync(setup.EventId, new MoveInput { MeetingId = meetingId, SessionId = setup.FutureSessionId, Start = new TimeOnly(10, 0).AddMinutes(30 * slot), Table = table.ToString() }, CancellationToken.None);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoMovesOntoOneTableOrOnePartnerAtOnceLeaveOneMeetingThere(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var setup = await ProgrammeAsync(portal, tables: 3);
        var a = await ParticipantAsync(portal, setup, MeetingSide.Buyer);
        var b = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var c = await ParticipantAsync(portal, setup, MeetingSide.Buyer);
        var d = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var e = await ParticipantAsync(portal, setup, MeetingSide.Buyer);

        for (var round = 0; round < 3; round++)
        {
            // Two meetings of four different companies, both moved onto table 3 of slot 3.
            var first = await MeetingAsync(portal, setup, a, b, setup.OnlineSessionId, 0, null);
            var second = await MeetingAsync(portal, setup, c, d, setup.OnlineSessionId, 1, null);
            using (var barrier = new Barrier(2))
            {
                var results = await Task.WhenAll(
                    Task.Run(() => MoveAsync(portal, setup, first, 3, 3, barrier)),
                    Task.Run(() => MoveAsync(portal, setup, second, 3, 3, barrier)));
                Assert.Single(results, r => r!.Done);
                Assert.Equal(MeetingProblem.TableBusy, Assert.Single(results, r => !r!.Done)!.Problem);
            }

            Assert.Equal(1, await CountAsync(portal, db => db.Meetings.Where(m => m.SessionId == setup.FutureSessionId && m.Slot == 3 && m.Table == 3)));

            // Two meetings sharing company b, moved onto two different tables of slot 2.
            var third = await MeetingAsync(portal, setup, e, b, setup.OnlineSessionId, 1, null);
            using (var barrier = new Barrier(2))
            {
                var results = await Task.WhenAll(
                    Task.Run(() => MoveAsync(portal, setup, first, 2, 1, barrier)),
                    Task.Run(() => MoveAsync(portal, setup, third, 2, 2, barrier)));
                var moved = results.Where(r => r!.Done).ToList();
                // Where the first move already sat at slot 3 it leaves it; either way b sits once in slot 2.
                Assert.Single(moved);
                Assert.Equal(MeetingProblem.PartnerBusy, Assert.Single(results, r => !r!.Done)!.Problem);
            }

            Assert.Equal(1, await CountAsync(portal, db => db.MeetingSeats.Where(s => s.SessionId == setup.FutureSessionId && s.Slot == 2 && s.ParticipantId == b.Id)));
            await portal.WithDbAsync(db => db.Meetings.Where(m => m.ProgrammeId == setup.ProgrammeId).ExecuteDeleteAsync());
            await portal.WithDbAsync(db => db.MeetingRequests.Where(m => m.ProgrammeId == setup.ProgrammeId).ExecuteDeleteAsync());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheDatabaseItselfRefusesASecondSeatOrTableInASlot(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var setup = await ProgrammeAsync(portal);
        var a = await ParticipantAsync(portal, setup, MeetingSide.Buyer);
        var b = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var c = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var e = await ParticipantAsync(portal, setup, MeetingSide.Buyer);
        var f = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        await MeetingAsync(portal, setup, a, b, setup.FutureSessionId, 0, 1);

        // Written straight to the database, past every check of the service.
        await Assert.ThrowsAsync<DbUpdateException>(() => MeetingAsync(portal, setup, a, c, setup.FutureSessionId, 0, 2));
        await Assert.ThrowsAsync<DbUpdateException>(() => MeetingAsync(portal, setup, e, c, setup.FutureSessionId, 0, 1));
        // Online meetings have no table, so two may share a slot; their partners still may not.
        await MeetingAsync(portal, setup, a, f, setup.OnlineSessionId, 0, null);
        await MeetingAsync(portal, setup, e, b, setup.OnlineSessionId, 0, null);
        Assert.Equal(3, await CountAsync(portal, db => db.Meetings.Where(m => m.ProgrammeId == setup.ProgrammeId)));
    }
}
