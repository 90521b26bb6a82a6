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
            if (!grid.PlaceByMovingOne(pair))
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

        /// <summary>Whether <paramref name="participant"/> could take a meeting at <paramref name="g"/> (ignoring <paramref name="leaving"/>, a meeting it would give up there).</summary>
        private bool Free(int participant, int g, Booking? leaving = null)
        {
            var session = _sessionOfSlot[g];
            var busy = Busy(participant)[g];
            return (busy is null || busy == leaving) && Attends(participant, session)
                && PerSession(participant)[session] - (leaving is not null && _sessionOfSlot[leaving.Slot] == session ? 1 : 0) < _maxPerSession;
        }

        private bool Open(int g) => _slotInSession[g] >= _sessions[_sessionOfSlot[g]].FirstOpenSlot;

        public int? FirstFree(int a, int b)
        {
            for (var g = 0; g < _sessionOfSlot.Length; g++)
            {
                if (Open(g) && Free(a, g) && Free(b, g) && HasTable(g))
                {
                    return g;
                }
            }

            return null;
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
            if (booking.Table is { } t)
            {
                _tableUsed[booking.Slot][t] = false;
            }
        }

        /// <summary>
        /// Tries each slot where one partner is free and the other holds a meeting placed in this run: moves that meeting to
        /// a slot free for both its partners, then seats the pair in the slot it left.
        /// </summary>
        public bool PlaceByMovingOne(SchedulePair pair)
        {
            for (var g = 0; g < _sessionOfSlot.Length; g++)
            {
                var a = Busy(pair.A)[g];
                var b = Busy(pair.B)[g];
                if ((a is null) == (b is null))
                {
                    continue;
                }

                var blocking = (a ?? b)!;
                if (!Open(g) || !blocking.Movable || !Free(pair.A, g, blocking) || !Free(pair.B, g, blocking))
                {
                    continue;
                }

                var originalTable = blocking.Table;
                Release(blocking);
                var other = FirstFreeExcept(blocking.Pair.A, blocking.Pair.B, g);
                if (other is { } target)
                {
                    blocking.Slot = target;
                    blocking.Table = FreeTable(target);
                    Take(blocking);
                    if (HasTable(g))
                    {
                        Occupy(pair, g, FreeTable(g), movable: true);
                        return true;
                    }

                    Release(blocking);
                }

                blocking.Slot = g;
                blocking.Table = originalTable;
                Take(blocking);
            }

            return false;
        }

        private int? FirstFreeExcept(int a, int b, int except)
        {
            for (var g = 0; g < _sessionOfSlot.Length; g++)
            {
                if (g != except && Open(g) && Free(a, g) && Free(b, g) && HasTable(g))
                {
                    return g;
                }
            }

            return null;
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
