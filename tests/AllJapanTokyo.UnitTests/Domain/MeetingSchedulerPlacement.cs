using AllJapanTokyo.Domain.Meetings;

namespace AllJapanTokyo.UnitTests.Domain;

public sealed class MeetingSchedulerPlacement
{
    private static void AssertValid(ScheduleResult result, IReadOnlyList<ScheduleSession> sessions, IReadOnlyList<SchedulePair> pairs, IReadOnlyCollection<(int, int)> absences, int perSession,
        IReadOnlyList<(SchedulePair Pair, SchedulePlace Place)>? placed = null)
    {
        var byRequest = pairs.Concat(placed?.Select(p => p.Pair) ?? []).ToDictionary(p => p.RequestId);
        var all = result.Placed.Select(p => (Pair: byRequest[p.RequestId], p.Place)).Concat(placed ?? []).ToList();
        Assert.Equal(all.Count, all.Select(p => p.Pair.RequestId).Distinct().Count());
        var seats = all.SelectMany(p => new[] { (p.Place.SessionId, p.Place.Slot, p.Pair.A), (p.Place.SessionId, p.Place.Slot, p.Pair.B) }).ToList();
        Assert.Equal(seats.Count, seats.Distinct().Count());
        var tables = all.Where(p => p.Place.Table is not null).Select(p => (p.Place.SessionId, p.Place.Slot, p.Place.Table)).ToList();
        Assert.Equal(tables.Count, tables.Distinct().Count());
        foreach (var (pair, place) in all)
        {
            var session = sessions.Single(s => s.SessionId == place.SessionId);
            Assert.InRange(place.Slot, 0, session.Slots - 1);
            Assert.True(session.Tables == 0 ? place.Table is null : place.Table is >= 1 && place.Table <= session.Tables);
            Assert.DoesNotContain((pair.A, place.SessionId), absences);
            Assert.DoesNotContain((pair.B, place.SessionId), absences);
        }

        Assert.True(seats.GroupBy(s => (s.SessionId, s.Item3)).All(g => g.Count() <= perSession));
    }

    [Fact]
    public void PlacesEveryRequestOfTheBenchmarkSizeWithinItsRules()
    {
        // The benchmark's shape: 250 buyers, 250 suppliers, 2,500 requests, 2 days × 16 slots × 120 tables, a tenth absent on day 2.
        var random = new Random(2026);
        var pairs = new List<SchedulePair>();
        var chosen = new HashSet<(int, int)>();
        for (var i = 0; pairs.Count < 2500; i++)
        {
            var buyer = i % 250;
            var supplier = 250 + random.Next(250);
            if (chosen.Add((buyer, supplier)))
            {
                pairs.Add(new SchedulePair(pairs.Count + 1, buyer, supplier));
            }
        }

        var degree = pairs.SelectMany(p => new[] { p.A, p.B }).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var absences = Enumerable.Range(0, 500).Where(p => p % 10 == 3 && degree[p] <= 12).Select(p => (p, 2)).ToList();
        ScheduleSession[] sessions = [new(1, 16, 120), new(2, 16, 120)];

        var result = MeetingScheduler.Place(sessions, absences, [], pairs, maxPerSession: 16);

        Assert.Empty(result.Unplaced);
        Assert.Equal(2500, result.Placed.Count);
        AssertValid(result, sessions, pairs, absences, 16);
    }

    [Fact]
    public void KeepsPlacedMeetingsAndLeavesWhatCannotFit()
    {
        // One slot, one table: the placed meeting keeps it, both new requests are left (one shares a partner, one lacks a table).
        ScheduleSession[] sessions = [new(7, 1, 1)];
        var placed = new List<(SchedulePair, SchedulePlace)> { (new SchedulePair(1, 10, 20), new SchedulePlace(7, 0, 1)) };
        SchedulePair[] pending = [new(2, 10, 21), new(3, 11, 22)];

        var result = MeetingScheduler.Place(sessions, [], placed, pending, maxPerSession: 5);

        Assert.Empty(result.Placed);
        Assert.Equal([2, 3], result.Unplaced.Order().ToList());
    }

    [Fact]
    public void RespectsAbsencesCapsAndOnlineSessions()
    {
        // Session 1 on site (2 slots, 1 table), session 2 online; one meeting per participant and session; 4 misses session 2, 5 misses session 1.
        ScheduleSession[] sessions = [new(1, 2, 1), new(2, 2, 0)];
        SchedulePair[] pending = [new(1, 1, 2), new(2, 1, 3), new(3, 4, 2), new(4, 5, 6)];
        (int, int)[] absences = [(4, 2), (5, 1)];

        var result = MeetingScheduler.Place(sessions, absences, [], pending, maxPerSession: 1);

        AssertValid(result, sessions, pending, absences, 1);
        Assert.True(result.Placed.Count >= 3);
        Assert.Equal(4, result.Placed.Count + result.Unplaced.Count);
        Assert.Null(result.Placed.Single(p => p.RequestId == 4).Place.Table);
    }

    [Fact]
    public void TakesNoSlotThatHasBegun()
    {
        ScheduleSession[] sessions = [new(1, 4, 1, FirstOpenSlot: 3)];
        SchedulePair[] pending = [new(1, 1, 2), new(2, 3, 4)];

        var result = MeetingScheduler.Place(sessions, [], [], pending, maxPerSession: 5);

        Assert.Equal(3, Assert.Single(result.Placed).Place.Slot);
        Assert.Single(result.Unplaced);
    }
}
