using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Identity;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Rally;

/// <summary>
/// Light rally accounts: a visitor gives an e-mail address and receives a one-time sign-in link through the outbox. The
/// account has no role and no password. An address that belongs to a portal account with a role or a password gets
/// no link (its holder signs in as usual), so the link never by-passes a password or a second factor.
/// </summary>
public sealed class RallySignIn(UserManager<AppUser> users, AppDbContext db, Notifier notifier, TimeProvider clock)
{
    public const string Purpose = "AntennaRallySignIn";

    /// <summary>Queues the link for the address (creating the light account the first time); the page says the same either way.</summary>
    public async Task SendLinkAsync(string email, int editionId, PortalLanguage language)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, DisplayName = "", CreatedAtUtc = clock.GetUtcNow().UtcDateTime, PreferredLanguage = language.Code };
            if (!(await users.CreateAsync(user)).Succeeded)
            {
                return;
            }
        }
        else if (await users.HasPasswordAsync(user) || (await users.GetRolesAsync(user)).Count > 0 || user.IsDisabled)
        {
            return;
        }

        var token = AccountTokens.Encode(await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose));
        notifier.Mail(email, language, new RallySignInNotification(user.Id, token, editionId));
        await db.SaveChangesAsync();
    }

    /// <summary>The light account the link names when its token is valid; the token is then spent (security stamp renewed).</summary>
    public async Task<AppUser?> RedeemAsync(string? userId, string? code)
    {
        var token = AccountTokens.Decode(code);
        if (userId is null || token is null || await users.FindByIdAsync(userId) is not { } user || user.IsDisabled)
        {
            return null;
        }

        if (await users.HasPasswordAsync(user) || (await users.GetRolesAsync(user)).Count > 0
            || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose, token))
        {
            return null;
        }

        user.EmailConfirmed = true;
        await users.UpdateSecurityStampAsync(user);
        return user;
    }
}
