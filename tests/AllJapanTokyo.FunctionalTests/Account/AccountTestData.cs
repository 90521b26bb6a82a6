using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Account;

internal static class AccountTestData
{
    private static int _sequence;

    /// <summary>A valid, unused corporate number for a test enterprise.</summary>
    public static string NewCorporateNumber() =>
        CorporateNumber.FromBase((700_000_000_000L + Interlocked.Increment(ref _sequence) + (Environment.ProcessId * 1000L)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static async Task<AppUser> CreateConfirmedEnterpriseUserAsync(PortalFactory portal, string email, string password)
    {
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var enterprise = new Enterprise
        {
            CorporateNumber = NewCorporateNumber(),
            NameJa = "テスト株式会社 " + email,
            PrefectureCode = "15",
            JsicMajorGroup = "E",
            CapitalYen = 10_000_000,
            Employees = 10,
            ScreeningStatus = ScreeningStatus.Approved,
            IsSynthetic = true,
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "テスト利用者", EnterpriseId = enterprise.Id };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Enterprise);
        return user;
    }
}
