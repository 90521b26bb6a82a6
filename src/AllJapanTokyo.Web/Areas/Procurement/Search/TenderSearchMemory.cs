using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;

namespace AllJapanTokyo.Web.Areas.Procurement.Search;

/// <summary>
/// The public tender search held in memory, one snapshot per tenders' version (<see cref="PublishedData.TendersVersionAsync"/>):
/// every public tender's normalised text and the columns the search filters and sorts on, and the n-gram postings (the
/// positions of the tenders holding each gram). A search intersects the postings, confirms longer words by substring on
/// the text, filters, counts and pages in memory, and the page's 20 rows are the snapshot's too (the columns the list shows, held
/// per tender: about 15 MB at 50,000 tenders), so a search reads nothing from the database but the version. Any change
/// to a tender on any instance moves the version, and the next search on every instance builds a new snapshot, so the
/// answer is the SQL index's answer (<see cref="TenderFilter.Apply"/>; the test <c>TenderSearchInMemory</c> compares them).
/// The SQL path stays for what memory does not hold: a signed-in company's 「参加できる案件のみ」, the CSV export, alerts.
/// </summary>
public sealed class TenderSearchMemory : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile TenderSearchSnapshot? _current;

    /// <summary>The snapshot of <paramref name="tendersVersion"/>, built from <paramref name="db"/> by the first search that asks for it.</summary>
    public async Task<TenderSearchSnapshot> SnapshotAsync(AppDbContext db, long tendersVersion, CancellationToken cancellationToken)
    {
        if (_current is { } current && current.Version == tendersVersion)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Version == tendersVersion)
            {
                return built;
            }

            // The version is read before the tenders: a change committed in between only makes the snapshot newer
            // than its label, and the next search (reading the newer version) builds again.
            var snapshot = await TenderSearchSnapshot.LoadAsync(db, tendersVersion, cancellationToken);
            _current = snapshot;
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>
/// Every public tender as the search reads it, in the deadline order's base order (deadline, then id, ascending), with the
/// positions of the tenders holding each unigram and bigram (<see cref="SearchText.IndexGrams"/>), ascending. The matches
/// of a search are kept for the snapshot's life (bounded): paging through a search, and the searches many people make,
/// do not intersect the postings and walk the candidates again.
/// </summary>
public sealed class TenderSearchSnapshot
{
    private static readonly int[] None = [];

    /// <summary>The kept matches' bound, in positions (4 bytes each, 16 MB): every tender 80 times over at 50,000 tenders.</summary>
    public const int KeptMatchPositions = 4_000_000;

    private readonly int[] _ids;
    private readonly long[] _ends;
    private readonly long[] _starts;
    private readonly long[] _newest;
    private readonly string[] _texts;
    private readonly string[] _prefectures;
    private readonly TenderCategory[] _categories;
    private readonly TenderStatus[] _statuses;
    private readonly Dictionary<int, int[]> _postings;
    private readonly Row[] _rows;
    private readonly Dictionary<int, int> _positions;
    private ConcurrentDictionary<(string Words, string? Prefecture, TenderCategory? Category), int[]> _kept = new();
    private long _keptPositions;

    private TenderSearchSnapshot(long version, IReadOnlyList<Row> rows)
    {
        Version = version;
        var count = rows.Count;
        (_ids, _ends, _starts, _newest, _texts, _prefectures, _categories, _statuses) =
            (new int[count], new long[count], new long[count], new long[count], new string[count], new string[count], new TenderCategory[count], new TenderStatus[count]);
        _rows = [.. rows];
        _positions = new Dictionary<int, int>(count);
        var postings = new Dictionary<int, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var row = rows[i];
            (_ids[i], _ends[i], _starts[i], _newest[i], _texts[i], _prefectures[i], _categories[i], _statuses[i]) =
                (row.Id, row.TenderEndUtc.Ticks, row.TenderStartUtc.Ticks, (row.PublishedAtUtc ?? row.TenderStartUtc).Ticks, row.SearchText,
                    string.IsInterned(row.DeliveryPrefectureCode) ?? string.Intern(row.DeliveryPrefectureCode), row.Category, row.Status);
            _positions[row.Id] = i;
            foreach (var gram in SearchText.IndexGrams(row.SearchText))
            {
                if (!postings.TryGetValue(gram, out var list))
                {
                    postings[gram] = list = [];
                }

                list.Add(i);
            }
        }

        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public long Version { get; }

    public int Count => _ids.Length;

    /// <summary>A public tender as the snapshot reads it: the search's columns and the list's (<see cref="Models.TenderListItem"/>).</summary>
    public sealed record Row(
        int Id, string SearchText, string DeliveryPrefectureCode, TenderCategory Category, TenderStatus Status, DateTime TenderStartUtc, DateTime TenderEndUtc, DateTime? PublishedAtUtc,
        string Reference, string Title, int BuyerOrganizationId, long? BudgetYen, bool IsSynthetic, bool Nationwide, string? EligiblePrefectureCodes);

    /// <summary>The tender <paramref name="id"/> as the snapshot holds it, or null if it is not a public tender of this version.</summary>
    public Row? Find(int id) => _positions.TryGetValue(id, out var position) ? _rows[position] : null;

    public static async Task<TenderSearchSnapshot> LoadAsync(AppDbContext db, long version, CancellationToken cancellationToken)
    {
        var rows = await db.Tenders.AsNoTracking()
            .Where(Tender.IsPublic)
            .OrderBy(t => t.TenderEndUtc).ThenBy(t => t.Id)
            .Select(t => new Row(
                t.Id, t.SearchText, t.DeliveryPrefectureCode, t.Category, t.Status, t.TenderStartUtc, t.TenderEndUtc, t.PublishedAtUtc,
                t.Reference, t.Title, t.BuyerOrganizationId, t.BudgetYen, t.IsSynthetic, t.Nationwide, t.EligiblePrefectureCodes))
            .ToListAsync(cancellationToken);
        return new TenderSearchSnapshot(version, rows);
    }

    /// <summary>
    /// The tenders matching <paramref name="filter"/> (its keyword, prefecture, category and status; not 「参加できる案件のみ」)
    /// at <paramref name="nowUtc"/>: how many, and the ids of page <paramref name="page"/> in the filter's order.
    /// </summary>
    public (int Total, List<int> PageIds) Search(TenderFilter filter, int page, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matches = KeptMatches(filter, nowUtc);
        var skip = (page - 1) * TenderFilter.PageSize;
        var ids = new List<int>(TenderFilter.PageSize);
        if (skip >= matches.Length)
        {
            return (matches.Length, ids);
        }

        if (filter.Sort == TenderSort.Newest)
        {
            // Latest published first, then the higher id (TenderLists.Ordered).
            var ordered = (int[])matches.Clone();
            Array.Sort(ordered, (a, b) => _newest[a] != _newest[b] ? _newest[b].CompareTo(_newest[a]) : _ids[b].CompareTo(_ids[a]));
            ids.AddRange(ordered.Skip(skip).Take(TenderFilter.PageSize).Select(i => _ids[i]));
            return (matches.Length, ids);
        }

        // The deadline order: the open tenders (deadline after now), nearest deadline first, then id; then the closed ones,
        // latest deadline first, then id (TenderLists.Ordered). The matches are in (deadline, id) order already.
        var now = nowUtc.Ticks;
        var firstOpen = FirstAfter(matches, now);
        var open = matches.Length - firstOpen;
        for (var i = skip; i < open && ids.Count < TenderFilter.PageSize; i++)
        {
            ids.Add(_ids[matches[firstOpen + i]]);
        }

        if (ids.Count < TenderFilter.PageSize)
        {
            // Closed: runs of one deadline from the latest down, each run in id order.
            var toSkip = Math.Max(0, skip - open);
            var end = firstOpen;
            while (end > 0 && ids.Count < TenderFilter.PageSize)
            {
                var start = end - 1;
                while (start > 0 && _ends[matches[start - 1]] == _ends[matches[end - 1]])
                {
                    start--;
                }

                for (var i = start; i < end && ids.Count < TenderFilter.PageSize; i++)
                {
                    if (toSkip > 0)
                    {
                        toSkip--;
                    }
                    else
                    {
                        ids.Add(_ids[matches[i]]);
                    }
                }

                end = start;
            }
        }

        return (matches.Length, ids);
    }

    /// <summary>The position in <paramref name="matches"/> of the first tender whose deadline is after <paramref name="now"/>.</summary>
    private int FirstAfter(int[] matches, long now)
    {
        int low = 0, high = matches.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_ends[matches[middle]] > now)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// <see cref="Matches"/>, kept per keyword, prefecture and category; a status filter's answer depends on the moment
    /// (<see cref="Tender.StatusAt"/>) and is never kept.
    /// </summary>
    private int[] KeptMatches(TenderFilter filter, DateTime nowUtc)
    {
        if (filter.Status is not null)
        {
            return Matches(filter, nowUtc);
        }

        var key = (string.Join('\u001f', filter.Words), filter.PrefectureCode, filter.Category);
        var kept = _kept;
        if (kept.TryGetValue(key, out var matches))
        {
            return matches;
        }

        matches = Matches(filter, nowUtc);
        // Bounded the simple way: once the kept matches reach the bound, the store starts again empty (the searches
        // asked often are kept again at once). Two searches racing here can overshoot by a search or two; no more.
        if (Interlocked.Add(ref _keptPositions, matches.Length + 8) > KeptMatchPositions)
        {
            _kept = kept = new();
            Interlocked.Exchange(ref _keptPositions, matches.Length + 8);
        }

        kept.TryAdd(key, matches);
        return matches;
    }

    /// <summary>The positions of the matching tenders, ascending (deadline, then id).</summary>
    private int[] Matches(TenderFilter filter, DateTime nowUtc)
    {
        var words = filter.Words;
        var candidates = words.Count == 0 ? null : Candidates(words);
        // A word of one or two characters is its own gram (TenderFilter.Apply): only longer words need the substring test.
        var longer = words.Where(w => w.Length > 2).ToArray();
        var prefecture = filter.PrefectureCode;
        var category = filter.Category;
        var status = filter.Status;
        var matches = new List<int>(candidates?.Length ?? _ids.Length);
        var count = candidates?.Length ?? _ids.Length;
        for (var n = 0; n < count; n++)
        {
            var i = candidates is null ? n : candidates[n];
            if ((prefecture is not null && !string.Equals(_prefectures[i], prefecture, StringComparison.Ordinal))
                || (category is { } c && _categories[i] != c)
                || (status is { } s && Tender.StatusAt(_statuses[i], new DateTime(_starts[i], DateTimeKind.Utc), new DateTime(_ends[i], DateTimeKind.Utc), nowUtc) != s))
            {
                continue;
            }

            var text = _texts[i];
            var all = true;
            foreach (var word in longer)
            {
                if (!text.Contains(word, StringComparison.Ordinal))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                matches.Add(i);
            }
        }

        return [.. matches];
    }

    /// <summary>The positions holding every gram of every word: the postings intersected, the shortest first.</summary>
    private int[] Candidates(IReadOnlyList<string> words)
    {
        var lists = new List<int[]>();
        foreach (var gram in words.SelectMany(SearchText.QueryGrams).Distinct())
        {
            if (!_postings.TryGetValue(gram, out var list))
            {
                return None;
            }

            lists.Add(list);
        }

        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        var result = lists[0];
        for (var k = 1; k < lists.Count && result.Length > 0; k++)
        {
            result = Intersect(result, lists[k]);
        }

        return result;
    }

    private static int[] Intersect(int[] smaller, int[] larger)
    {
        var result = new List<int>(smaller.Length);
        var j = 0;
        foreach (var value in smaller)
        {
            // Galloping would help very uneven lists; a forward walk is enough for 50,000 tenders.
            while (j < larger.Length && larger[j] < value)
            {
                j++;
            }

            if (j == larger.Length)
            {
                break;
            }

            if (larger[j] == value)
            {
                result.Add(value);
            }
        }

        return [.. result];
    }
}
