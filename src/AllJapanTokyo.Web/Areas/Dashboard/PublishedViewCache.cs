using System.Globalization;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.Extensions.Caching.Memory;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// The process-wide store of <see cref="PublishedViewCache"/>: its own size-limited MemoryCache, so that the published
/// views can neither crowd out nor be crowded out by other users of a shared IMemoryCache.
/// </summary>
public sealed class PublishedViewCacheStore : IDisposable
{
    /// <summary>Entries (one per view, year, indicator, prefecture… and culture); each counts as 1.</summary>
    public const int MaxEntries = 2_000;

    private static readonly TimeSpan SlidingExpiration = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan AbsoluteExpiration = TimeSpan.FromHours(1);

    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>
    /// Stores a view's data or a rendered page; unused entries leave after 10 minutes, every entry within the hour, or
    /// after <paramref name="lifetime"/> when given.
    /// </summary>
    public void Set(string key, object value, TimeSpan? lifetime = null) =>
        Cache.Set(key, value, new MemoryCacheEntryOptions
        {
            Size = 1,
            SlidingExpiration = lifetime is null ? SlidingExpiration : null,
            AbsoluteExpirationRelativeToNow = lifetime ?? AbsoluteExpiration,
        });

    /// <summary>Paths (path base and path, no query) the store has held a page for, so far; at most this many.</summary>
    public const int MaxStoredPaths = 10_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _storedPaths = new(StringComparer.Ordinal);

    /// <summary>Notes that a page of this request's path is stored (<see cref="MayHold"/>).</summary>
    public void Stored(HttpRequest request)
    {
        if (_storedPaths.Count < MaxStoredPaths)
        {
            _storedPaths.TryAdd(string.Concat(request.PathBase.Value, request.Path.Value), true);
        }
    }

    /// <summary>
    /// Whether the store may hold a page of this request's path: it has held one before. Keeps the early path
    /// (StoredPagesFirstMiddleware) from reading the version for requests that never reach a stored page.
    /// </summary>
    public bool MayHold(HttpRequest request) =>
        !_storedPaths.IsEmpty && _storedPaths.ContainsKey(string.Concat(request.PathBase.Value, request.Path.Value));

    /// <summary>Slots of <see cref="Sight"/>: one URL key's hash each.</summary>
    public const int SightingSlots = 4_096;

    /// <summary>How long a sighting counts: a page asked again within it is stored.</summary>
    public static readonly TimeSpan SightingWindow = TimeSpan.FromMinutes(1);

    private readonly int[] _sightedHashes = new int[SightingSlots];
    private readonly long[] _sightedAt = new long[SightingSlots];
    private readonly int[] _sightings = new int[SightingSlots];

    /// <summary>
    /// How often a page of this key was asked within the last minute, noting this request: a small table of key hashes
    /// (one per slot, the latest wins), so a URL whose page is asked once and never again — most of thousands of distinct
    /// searches or dashboard views — is neither buffered, hashed nor kept (PublishedPageCacheMiddleware). Under many
    /// distinct URLs a slot is soon taken by another, so only pages asked again soon are stored; a lost or mistaken
    /// sighting only stores a page one request later or earlier. Races between requests are harmless for the same reason.
    /// </summary>
    private int Sight(string key)
    {
        var hash = StringComparer.Ordinal.GetHashCode(key);
        var slot = (int)((uint)hash % SightingSlots);
        var now = Environment.TickCount64;
        var sightings = _sightedHashes[slot] == hash && now - Volatile.Read(ref _sightedAt[slot]) <= (long)SightingWindow.TotalMilliseconds ? _sightings[slot] : 0;
        _sightedHashes[slot] = hash;
        _sightings[slot] = Math.Min(sightings + 1, 1_000);
        Volatile.Write(ref _sightedAt[slot], now);
        return sightings;
    }

    private static readonly object SightingKey = new();

    /// <summary>
    /// <see cref="Sight"/> for this request's page, noted once however often the request asks (the early path,
    /// StoredPagesFirstMiddleware, and then PublishedPageCacheMiddleware): how often it was asked within the minute before.
    /// </summary>
    public int SightingsBefore(HttpContext context, string key)
    {
        if (context.Items.TryGetValue(SightingKey, out var noted) && noted is int sightings)
        {
            return sightings;
        }

        sightings = Sight(key);
        context.Items[SightingKey] = sightings;
        return sightings;
    }

    /// <summary><see cref="SightingsBefore"/> is not zero.</summary>
    public bool SeenRecently(HttpContext context, string key) => SightingsBefore(context, key) > 0;

    public void Dispose() => Cache.Dispose();
}

/// <summary>
/// Caches the data of the published views (dashboard, report, profiles, matrix, trends) keyed by what was asked
/// (path and normalised query), the UI culture and the published-data version (<see cref="PublishedData"/>): an
/// approval moves the version inside its transaction, so the next request on any instance builds afresh and the
/// old entries age out. See docs/decisions/0005-published-view-cache.md. Callers never use it for previews
/// (unapproved values) or for anything that depends on who is signed in.
/// </summary>
public sealed class PublishedViewCache(PublishedVersions versions, PublishedViewCacheStore store)
{
    private DataVersions? read;

    /// <summary>The versions this request has read already (StoredPagesFirstMiddleware).</summary>
    public void Use(DataVersions readVersions) => read ??= readVersions;

    /// <summary>
    /// The published-data version, read once per request (one indexed query of the two stamps, shared by the requests
    /// that arrive together: <see cref="PublishedVersions"/>) and shared by the page cache (PublishedPageCacheMiddleware)
    /// and the view data of the same request.
    /// </summary>
    public async Task<long> VersionAsync(CancellationToken cancellationToken) => (await VersionsAsync(cancellationToken)).Published;

    /// <summary>The tenders' version, from the same read as <see cref="VersionAsync"/>.</summary>
    public async Task<long> TendersVersionAsync(CancellationToken cancellationToken) => (await VersionsAsync(cancellationToken)).Tenders;

    /// <summary>Both versions, from the one read of this request.</summary>
    public async Task<DataVersions> VersionsAsync(CancellationToken cancellationToken)
    {
        read ??= await versions.ReadAsync().WaitAsync(cancellationToken);
        return read.Value;
    }

    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
    {
        var entryKey = Key(key, CultureInfo.CurrentUICulture.Name, await VersionAsync(cancellationToken));
        if (store.Cache.TryGetValue(entryKey, out var cached) && cached is T hit)
        {
            return hit;
        }

        var value = await create(cancellationToken);
        if (value is not null)
        {
            store.Set(entryKey, value);
        }

        return value;
    }

    /// <summary>The cache key: what was asked, the culture and the published-data version.</summary>
    public static string Key(string key, string culture, long version) => $"published-view|v{version}|{culture}|{key}";
}
