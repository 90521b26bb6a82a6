namespace AllJapanTokyo.Domain.Meetings;

/// <summary>
/// A session as the scheduler sees it: its slots and tables (0 tables: online, no limit on meetings per slot); slots
/// before <paramref name="FirstOpenSlot"/> (already begun) take no new meeting.
/// </summary>
public sealed record ScheduleSession(int SessionId, int Slots, int Tables, int FirstOpenSlot = 0);

/// <summary>Two participants to seat together: an accepted request not yet placed, or (with a place) one already placed.</summary>
public sealed record SchedulePair(int RequestId, int A, int B);

/// <summary>A meeting's place: session, slot (0-based) and table (null online).</summary>
public sealed record SchedulePlace(int SessionId, int Slot, int? Table);

public sealed record SchedulePlacement(int RequestId, SchedulePlace Place);

public sealed record ScheduleResult(IReadOnlyList<SchedulePlacement> Placed, IReadOnlyList<int> Unplaced);

/// <summary>
/// Places accepted requests into free slots. Guarantees: no participant is in two meetings of one slot, no table holds
/// two, nobody meets in a session they said they would miss, nor more than the per-session cap; meetings already placed
/// stay where they are, and no meeting goes into a slot that has begun. Requests are taken most constrained first (participants with the most meetings to hold), each
/// into the earliest slot where both partners and a table are free; a request that finds none is then tried once more
/// after moving one meeting of either partner to another free slot. A request left unplaced had, at that point, no
/// common free slot even after such a move — the result is maximal (nothing more fits without moving several meetings),
/// not proven maximum; the benchmark's 2,500 requests over 500 participants are all placed.
/// </summary>
public static class MeetingScheduler
{
    public static ScheduleResult Place(
        IReadOnlyList<ScheduleSession> sessions,
        IReadOnlyCollection<(int ParticipantId, int SessionId)> absences,
        IReadOnlyList<(SchedulePair Pair, SchedulePlace Place)> placed,
        IReadOnlyList<SchedulePair> pending,
        int maxPerSession)
    {
        var grid = new Grid(sessions, absences, maxPerSession);
        foreach (var (pair, place) in placed)
        {
            grid.Occupy(pair, grid.SlotOf(place), place.Table, movable: false);
        }

        var load = new Dictionary<int, int>();
        foreach (var pair in placed.Select(p => p.Pair).Concat(pending))
        {
            load[pair.A] = load.GetValueOrDefault(pair.A) + 1;
            load[pair.B] = load.GetValueOrDefault(pair.B) + 1;
        }

        var ordered = pending
            .OrderByDescending(p => Math.Max(load[p.A], load[p.B]))
            .ThenByDescending(p => load[p.A] + load[p.B])
            .ThenBy(p => p.RequestId)
            .ToList();
        var unplaced = new List<SchedulePair>();
        foreach (var pair in ordered)
        {
            if (grid.FirstFree(pair.A, pair.B) is { } g)
            {
                grid.Occupy(pair, g, grid.FreeTable(g), movable: true);
            }
            else
            {
                unplaced.Add(pair);
            }
        }

        var left = new List<int>();
        foreach (var pair in unplaced)
        {
            if (!grid.PlaceBySwapping(pair))
            {
                left.Add(pair.RequestId);
            }
        }

        return new ScheduleResult(grid.NewPlacements(), left);
    }

    private sealed class Grid
    {
        private readonly ScheduleSession[] _sessions;
        private readonly int[] _sessionOfSlot;
        private readonly int[] _slotInSession;
        private readonly int[] _firstSlot;
        private readonly Dictionary<int, int> _sessionIndex;
        private readonly HashSet<(int, int)> _absent;
        private readonly int _maxPerSession;
        private readonly bool[][] _tableUsed;
        private readonly int[] _meetingsIn;
        private readonly Dictionary<int, Booking?[]> _busy = [];
        private readonly Dictionary<int, int[]> _perSession = [];
        private readonly List<Booking> _new = [];

        public Grid(IReadOnlyList<ScheduleSession> sessions, IReadOnlyCollection<(int, int)> absences, int maxPerSession)
        {
            _sessions = [.. sessions];
            _sessionIndex = _sessions.Select((s, i) => (s.SessionId, i)).ToDictionary(x => x.SessionId, x => x.i);
            _firstSlot = new int[_sessions.Length];
            var total = 0;
            for (var i = 0; i < _sessions.Length; i++)
            {
                _firstSlot[i] = total;
                total += _sessions[i].Slots;
            }

            _sessionOfSlot = new int[total];
            _slotInSession = new int[total];
            _tableUsed = new bool[total][];
            _meetingsIn = new int[total];
            for (var i = 0; i < _sessions.Length; i++)
            {
                for (var s = 0; s < _sessions[i].Slots; s++)
                {
                    var g = _firstSlot[i] + s;
                    (_sessionOfSlot[g], _slotInSession[g], _tableUsed[g]) = (i, s, new bool[_sessions[i].Tables + 1]);
                }
            }

            _absent = [.. absences];
            _maxPerSession = maxPerSession;
        }

        public int SlotOf(SchedulePlace place) => _firstSlot[_sessionIndex[place.SessionId]] + place.Slot;

        private Booking?[] Busy(int participant) =>
            _busy.TryGetValue(participant, out var slots) ? slots : _busy[participant] = new Booking?[_sessionOfSlot.Length];

        private int[] PerSession(int participant) =>
            _perSession.TryGetValue(participant, out var counts) ? counts : _perSession[participant] = new int[_sessions.Length];

        private bool Attends(int participant, int session) => !_absent.Contains((participant, _sessions[session].SessionId));

        public int? FreeTable(int g)
        {
            var used = _tableUsed[g];
            if (used.Length == 1)
            {
                return null;
            }

            for (var t = 1; t < used.Length; t++)
            {
                if (!used[t])
                {
                    return t;
                }
            }

            throw new InvalidOperationException("No free table: the caller checks HasTable first.");
        }

        private bool HasTable(int g) => _tableUsed[g].Length == 1 || Array.IndexOf(_tableUsed[g], false, 1) > 0;

        /// <summary>Whether <paramref name="participant"/> could take one more meeting at <paramref name="g"/>.</summary>
        private bool Free(int participant, int g)
        {
            var session = _sessionOfSlot[g];
            return Busy(participant)[g] is null && Attends(participant, session) && PerSession(participant)[session] < _maxPerSession;
        }

        private bool Open(int g) => _slotInSession[g] >= _sessions[_sessionOfSlot[g]].FirstOpenSlot;

        /// <summary>
        /// The common free slot with the fewest meetings (the earliest among equals), so that meetings spread over the
        /// slots and no slot runs out of tables while others stand empty.
        /// </summary>
        public int? FirstFree(int a, int b)
        {
            int? best = null;
            for (var g = 0; g < _sessionOfSlot.Length; g++)
            {
                if (Open(g) && Free(a, g) && Free(b, g) && HasTable(g) && (best is null || _meetingsIn[g] < _meetingsIn[best.Value]))
                {
                    best = g;
                }
            }

            return best;
        }

        public void Occupy(SchedulePair pair, int g, int? table, bool movable)
        {
            var booking = new Booking(pair, g, table, movable);
            Take(booking);
            if (movable)
            {
                _new.Add(booking);
            }
        }

        private void Take(Booking booking)
        {
            Busy(booking.Pair.A)[booking.Slot] = booking;
            Busy(booking.Pair.B)[booking.Slot] = booking;
            PerSession(booking.Pair.A)[_sessionOfSlot[booking.Slot]]++;
            PerSession(booking.Pair.B)[_sessionOfSlot[booking.Slot]]++;
            _meetingsIn[booking.Slot]++;
            if (booking.Table is { } t)
            {
                _tableUsed[booking.Slot][t] = true;
            }
        }

        private void Release(Booking booking)
        {
            Busy(booking.Pair.A)[booking.Slot] = null;
            Busy(booking.Pair.B)[booking.Slot] = null;
            PerSession(booking.Pair.A)[_sessionOfSlot[booking.Slot]]--;
            PerSession(booking.Pair.B)[_sessionOfSlot[booking.Slot]]--;
            _meetingsIn[booking.Slot]--;
            if (booking.Table is { } t)
            {
                _tableUsed[booking.Slot][t] = false;
            }
        }

        /// <summary>
        /// Makes room for a pair with no common free slot by an alternating swap (as in König's edge colouring of a
        /// bipartite graph): for a slot <c>a</c> free for A and a slot <c>b</c> free for B, the meetings on the path from B
        /// alternating between <c>a</c> and <c>b</c> change places, which frees <c>a</c> for B and keeps everyone else in one
        /// meeting per slot. A swap that would break a rule (an absence, a begun slot, a placed meeting, a table, the cap) is
        /// undone and the next pair of slots tried.
        /// </summary>
        public bool PlaceBySwapping(SchedulePair pair)
        {
            for (var a = 0; a < _sessionOfSlot.Length; a++)
            {
                if (!Open(a) || !Free(pair.A, a))
                {
                    continue;
                }

                for (var b = 0; b < _sessionOfSlot.Length; b++)
                {
                    if (b == a || !Open(b) || !Free(pair.B, b) || Busy(pair.B)[a] is null)
                    {
                        continue;
                    }

                    var chain = Swap(pair.B, a, b);
                    if (chain is null)
                    {
                        continue;
                    }

                    if (Free(pair.A, a) && Free(pair.B, a) && HasTable(a))
                    {
                        Occupy(pair, a, FreeTable(a), movable: true);
                        return true;
                    }

                    Undo(chain);
                }
            }

            return false;
        }

        /// <summary>Swaps slots <paramref name="a"/> and <paramref name="b"/> along the path from <paramref name="start"/>; the moves made, or null (nothing changed).</summary>
        private List<(Booking Booking, int Slot, int? Table)>? Swap(int start, int a, int b)
        {
            var chain = new List<Booking>();
            var (at, slot) = (start, a);
            while (Busy(at)[slot] is { } booking)
            {
                if (!booking.Movable || chain.Count > _sessionOfSlot.Length * 64)
                {
                    return null;
                }

                chain.Add(booking);
                at = booking.Pair.A == at ? booking.Pair.B : booking.Pair.A;
                slot = slot == a ? b : a;
            }

            var moves = chain.Select(c => (Booking: c, c.Slot, c.Table)).ToList();
            foreach (var booking in chain)
            {
                Release(booking);
            }

            foreach (var booking in chain)
            {
                var target = booking.Slot == a ? b : a;
                if (!Attends(booking.Pair.A, _sessionOfSlot[target]) || !Attends(booking.Pair.B, _sessionOfSlot[target]) || !HasTable(target)
                    || Busy(booking.Pair.A)[target] is not null || Busy(booking.Pair.B)[target] is not null)
                {
                    Undo(moves);
                    return null;
                }

                booking.Slot = target;
                booking.Table = FreeTable(target);
                Take(booking);
            }

            if (chain.Any(c => PerSession(c.Pair.A)[_sessionOfSlot[c.Slot]] > _maxPerSession || PerSession(c.Pair.B)[_sessionOfSlot[c.Slot]] > _maxPerSession))
            {
                Undo(moves);
                return null;
            }

            return moves;
        }

        /// <summary>Puts the bookings back where they were before a swap (whether or not each had moved yet).</summary>
        private void Undo(List<(Booking Booking, int Slot, int? Table)> moves)
        {
            foreach (var (booking, _, _) in moves)
            {
                if (Busy(booking.Pair.A)[booking.Slot] == booking)
                {
                    Release(booking);
                }
            }

            foreach (var (booking, slot, table) in moves)
            {
                (booking.Slot, booking.Table) = (slot, table);
                Take(booking);
            }
        }

        public IReadOnlyList<SchedulePlacement> NewPlacements() =>
            [.. _new.Select(b => new SchedulePlacement(b.Pair.RequestId, new SchedulePlace(_sessions[_sessionOfSlot[b.Slot]].SessionId, _slotInSession[b.Slot], b.Table)))];
    }

    private sealed class Booking(SchedulePair pair, int slot, int? table, bool movable)
    {
        public SchedulePair Pair { get; } = pair;

        public int Slot { get; set; } = slot;

        public int? Table { get; set; } = table;

        public bool Movable { get; } = movable;
    }
}
