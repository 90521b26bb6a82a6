using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Procurement.Search;

/// <summary>Settings under <c>Procurement:SearchCache</c>.</summary>
public sealed class TenderSearchCacheOptions
{
    /// <summary>
    /// How long one search page's data is reused (0 = never). The public list may lag a new or changed tender by at
    /// most this long; bids and questions are always checked against the database, never against this cache.
    /// Development (and so the functional tests) defaults to 0 unless set.
    /// </summary>
    public int Seconds { get; set; } = 10;

    /// <summary>Distinct searches kept at once; the least recently used go first.</summary>
    public int MaxEntries { get; set; } = 2_000;
}

/// <summary>
/// The data of the public tender search page (programme figures, buyers, prefectures and one page of results),
/// reused for a few seconds per distinct search. The search page is the portal's busiest; with 50,000 tenders its
/// nine queries cost far more than rendering (bench/README.md). The data holds codes and names in every language, so one
/// entry serves readers of every language.
/// </summary>
public sealed class TenderSearchCache(IOptions<TenderSearchCacheOptions> options, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.MaxEntries), Clock = new SystemClockAdapter(clock) });

    /// <summary>
    /// The page data of one search while the tenders stay at <paramref name="tendersVersion"/> (any change to a tender,
    /// on any instance, moves it), for at most the configured seconds (statuses and the deadline order follow the clock).
    /// </summary>
    public async Task<ProcurementIndexViewModel> GetOrCreateAsync(long tendersVersion, TenderFilter filter, IReadOnlyList<FilterProblem> problems, Func<Task<ProcurementIndexViewModel>> create)
    {
        var seconds = options.Value.Seconds;
        if (seconds <= 0)
        {
            return await create();
        }

        // The filter and the problems are records (value equality); the problems are part of what the page shows.
        var key = (tendersVersion, filter, string.Join('\n', problems));
        if (_cache.TryGetValue(key, out ProcurementIndexViewModel? cached) && cached is not null)
        {
            return cached;
        }

        var model = await create();
        _cache.Set(key, model, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return model;
    }

    public void Dispose() => _cache.Dispose();

#pragma warning disable CS0618 // MemoryCacheOptions.Clock still takes the old ISystemClock.
    private sealed class SystemClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
#pragma warning restore CS0618
}
