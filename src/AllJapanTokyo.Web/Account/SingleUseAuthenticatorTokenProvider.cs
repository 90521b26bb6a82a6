using System.Globalization;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace AllJapanTokyo.Web.Account;

/// <summary>
/// Identity's authenticator check (RFC 6238, codes of the two 30-second steps either side of now), with each code
/// accepted once: Identity alone takes the same code again for as long as it is in its window, so a code seen over a
/// shoulder or in a proxy log could sign in a second time within about two minutes.
/// The codes accepted in the last <see cref="Remembered"/> are kept as one of the person's authentication tokens; two
/// requests racing with one code both write that token, and the second write fails on the user's concurrency stamp.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider : AuthenticatorTokenProvider<AppUser>
{
    /// <summary>Longer than Identity's window (five steps of 30 seconds), so that a code never outlives its memory.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(5);

    private const string LoginProvider = "[AllJapanTokyo]";
    private const string TokenName = "UsedAuthenticatorCodes";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        // Identity's window follows the real clock, so its memory does too.
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var used = Parse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, TokenName))
            .Where(entry => now - entry.At < (long)Remembered.TotalSeconds)
            .ToList();
        if (used.Any(entry => entry.Code == token))
        {
            return false;
        }

        used.Add((token, now));
        var stored = string.Join(';', used.Select(entry => string.Create(CultureInfo.InvariantCulture, $"{entry.Code}@{entry.At}")));
        return (await manager.SetAuthenticationTokenAsync(user, LoginProvider, TokenName, stored)).Succeeded;
    }

    private static IEnumerable<(string Code, long At)> Parse(string? stored)
    {
        foreach (var entry in (stored ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = entry.IndexOf('@', StringComparison.Ordinal);
            if (at > 0 && long.TryParse(entry.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                yield return (entry[..at], seconds);
            }
        }
    }
}
