using System.Collections.Concurrent;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Rally;

/// <summary>
/// Counts stamp attempts per account and minute (<c>AntennaShops:StampAttemptsPerMinute</c>, 10 by default), so that
/// no one tries codes by the thousand. Per instance, like ASP.NET Core's rate limiter; the portal's clock decides the
/// minute.
/// </summary>
public sealed class StampAttempts(IConfiguration configuration, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string UserId, long Minute), int> _counts = new();

    public int PerMinute => configuration.GetValue("AntennaShops:StampAttemptsPerMinute", 10);

    /// <summary>Counts one attempt; false when the account has used up this minute's attempts.</summary>
    public bool TryTake(string userId)
    {
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        foreach (var old in _counts.Keys.Where(k => k.Minute < minute))
        {
            _counts.TryRemove(old, out _);
        }

        return _counts.AddOrUpdate((userId, minute), 1, (_, n) => n + 1) <= PerMinute;
    }
}
