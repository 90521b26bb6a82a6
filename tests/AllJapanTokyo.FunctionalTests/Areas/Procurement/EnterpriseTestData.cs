using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.FunctionalTests.Account;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

internal static class EnterpriseTestData
{
    public const string Password = "kanazawa gold leaf 2020";

    /// <summary>The smallest valid PNG (1×1), as a logo.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A real (non-synthetic) enterprise in <paramref name="status"/> with one confirmed user of the Enterprise role.</summary>
    public static async Task<(int EnterpriseId, string Email)> CreateAsync(PortalFactory portal, string name, ScreeningStatus status, string prefecture = "17")
    {
        var email = $"ent-{Guid.NewGuid():N}@example.jp";
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var enterprise = new Enterprise
        {
            CorporateNumber = AccountTestData.NewCorporateNumber(),
            NameJa = name,
            NameKana = "テストカブシキガイシャ",
            PrefectureCode = prefecture,
            JsicMajorGroup = "E",
            CapitalYen = 20_000_000,
            Employees = 12,
            PrText = "金沢の金箔を使った記念品を製作します。",
            ScreeningStatus = status,
            RegisteredAtUtc = DateTime.UtcNow,
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "金沢 花子", EnterpriseId = enterprise.Id };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Enterprise);
        return (enterprise.Id, email);
    }

    /// <summary>The text of the e-mails sent to <paramref name="email"/>, with quoted-printable soft breaks undone.</summary>
    public static IReadOnlyList<string> MailTo(PortalFactory portal, string email) =>
        portal.SentMail().Where(m => m.Contains(email, StringComparison.OrdinalIgnoreCase)).Select(Decode).ToList();

    public static string Decode(string mail)
    {
        var message = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail)));
        return $"To: {message.To}\nSubject: {message.Subject}\n\n{message.TextBody}";
    }
}
