using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Crafts;

/// <summary>Makers, designers and call rounds of the crafts measure, made directly in the database.</summary>
internal static class CraftsTestData
{
    public const string Password = "edo kimekomi 1978 doll";

    /// <summary>The smallest valid PNG (1×1).</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static async Task<string> AccountAsync(PortalFactory portal, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.jp";
        await using var scope = portal.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "テスト 利用者" };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

    public static async Task<string> UserIdAsync(PortalFactory portal, string email) =>
        await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>A maker account with its profile, making the named craft of the register.</summary>
    public static async Task<(int MakerId, string Email)> MakerAsync(PortalFactory portal, string craftJa = "東京くみひも", string prefecture = "13")
    {
        var email = await AccountAsync(portal, Roles.Maker);
        var userId = await UserIdAsync(portal, email);
        var id = await portal.WithDbAsync(async db =>
        {
            var craft = await db.Crafts.SingleAsync(c => c.NameJa == craftJa);
            var maker = new CraftMaker
            {
                UserId = userId,
                NameJa = $"テスト工房{Guid.NewGuid():N}"[..14],
                PrefectureCode = prefecture,
                Crafts = [new CraftMakerCraft { CraftId = craft.Id }],
            };
            db.CraftMakers.Add(maker);
            await db.SaveChangesAsync();
            return maker.Id;
        });
        return (id, email);
    }

    /// <summary>A Tokyo designer account with its profile.</summary>
    public static async Task<(int DesignerId, string Email)> DesignerAsync(PortalFactory portal)
    {
        var email = await AccountAsync(portal, Roles.Designer);
        var userId = await UserIdAsync(portal, email);
        var id = await portal.WithDbAsync(async db =>
        {
            var designer = new Designer { UserId = userId, NameJa = $"テストデザイン{Guid.NewGuid():N}"[..15], TokyoMunicipalityJa = "台東区", RegisteredAtUtc = DateTime.UtcNow };
            db.Designers.Add(designer);
            await db.SaveChangesAsync();
            return designer.Id;
        });
        return (id, email);
    }

    /// <summary>A round open for a week, or closed since yesterday.</summary>
    public static async Task<int> RoundAsync(PortalFactory portal, bool open) =>
        await portal.WithDbAsync(async db =>
        {
            var round = new CraftCallRound
            {
                TitleJa = $"テスト募集{Guid.NewGuid():N}"[..13],
                FiscalYear = 2026,
                DeadlineUtc = DateTime.UtcNow.AddDays(open ? 7 : -1),
                CreatedAtUtc = DateTime.UtcNow.AddDays(-14),
            };
            db.CraftCallRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    /// <summary>An application stored directly (as if made before the deadline), selected or not.</summary>
    public static async Task<int> ApplicationAsync(PortalFactory portal, int roundId, int? makerId, int? designerId, bool selected) =>
        await portal.WithDbAsync(async db =>
        {
            var application = new CraftRoundApplication
            {
                RoundId = roundId,
                MakerId = makerId,
                DesignerId = designerId,
                StatementJa = "くみひもと漆で筆記具をつくりたい。",
                RecentProductJa = designerId is null ? "" : "和紙の照明",
                SubmittedAtUtc = DateTime.UtcNow.AddDays(-3),
                SelectedAtUtc = selected ? DateTime.UtcNow : null,
            };
            db.CraftRoundApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    /// <summary>Opens <paramref name="formPageUrl"/>, takes the token of the form posting to <paramref name="action"/>, and posts multipart fields and files.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostMultipartAsync(
        PortalClient client, string formPageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields, params (string Name, string FileName, byte[] Content)[] files)
    {
        var (_, document) = await client.GetPageAsync(formPageUrl);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(document, action)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), name, fileName);
        }

        var response = await client.Http.PostAsync(action, content);
        return (response, PortalClient.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(PortalClient client, string formPageUrl, string action, params (string Name, string Value)[] fields)
    {
        var response = await client.PostFormAsync(formPageUrl, action, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return (response, PortalClient.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static string[] Problems(IHtmlDocument page) =>
        page.QuerySelectorAll("#error-summary li").Select(li => li.GetAttribute("data-problem")!).ToArray();
}
