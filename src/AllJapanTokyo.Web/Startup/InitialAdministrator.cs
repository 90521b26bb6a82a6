using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace AllJapanTokyo.Web.Startup;

/// <summary>
/// The first administrator of a real installation (Production has no demo accounts): created from
/// <c>InitialAdministrator:Email</c> and <c>InitialAdministrator:Password</c> while no administrator exists.
/// </summary>
public sealed class InitialAdministrator(
    UserManager<AppUser> users,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<InitialAdministrator> logger)
{
    public async Task EnsureAsync()
    {
        var email = configuration["InitialAdministrator:Email"];
        var password = configuration["InitialAdministrator:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "システム管理者", CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            // The password rules apply here too; say why in the log rather than stopping the portal.
            logger.LogError("The initial administrator {Email} was not created: {Errors}", email, string.Join(" ", created.Errors.Select(e => e.Code)));
            return;
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        logger.LogWarning("Initial administrator {Email} created; remove InitialAdministrator:Password from the configuration", email);
    }
}
