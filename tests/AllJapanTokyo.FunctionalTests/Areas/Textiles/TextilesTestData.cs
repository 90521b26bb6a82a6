using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Textiles;

/// <summary>Designers, regions and requests for the textiles tests, each with names no other test uses.</summary>
internal static class TextilesTestData
{
    /// <summary>The smallest valid PNG (1×1).</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static string Tag() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A designer account with a profile, signed in.</summary>
    public static async Task<(PortalClient Client, int DesignerId, string UserId)> DesignerAsync(PortalFactory portal, bool withProfile = true)
    {
        var email = $"designer-{Tag()}@example.jp";
        await using (var scope = portal.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Designer);
        }

        var userId = await portal.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));
        var designerId = 0;
        if (withProfile)
        {
            designerId = await portal.WithDbAsync(async db =>
            {
                var designer = new Designer { UserId = userId, NameJa = $"テストデザイナー{Tag()}", TokyoMunicipalityJa = "渋谷区", RegisteredAtUtc = DateTime.UtcNow };
                db.Designers.Add(designer);
                await db.SaveChangesAsync();
                return designer.Id;
            });
        }

        return (await PortalClient.SignedInAsync(portal, email), designerId, userId);
    }

    public static Task<int> RegionAsync(PortalFactory portal, string prefecture, string? contact = null) =>
        portal.WithDbAsync(async db =>
        {
            var region = new ProductionRegion { PrefectureCode = prefecture, NameJa = $"テスト産地{Tag()}", MaterialsJa = "綿、麻", ContactJa = contact ?? "", UpdatedAtUtc = DateTime.UtcNow };
            db.ProductionRegions.Add(region);
            await db.SaveChangesAsync();
            return region.Id;
        });

    public static Task<int> RequestAsync(PortalFactory portal, int designerId, Action<DesignRequest>? change = null) =>
        portal.WithDbAsync(async db =>
        {
            var request = new DesignRequest
            {
                DesignerId = designerId, MaterialJa = $"テスト素材{Tag()}", TechniqueJa = "先染め", QuantityJa = "100m", TimingJa = "来春", PurposeJa = "試作",
                SubmittedAtUtc = DateTime.UtcNow,
            };
            change?.Invoke(request);
            db.DesignRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    /// <summary>Posts a multipart form (files and fields) with the antiforgery token of <paramref name="formPageUrl"/>.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostMultipartAsync(
        PortalClient client, string formPageUrl, string action, IReadOnlyDictionary<string, string> fields, string? fileField = null, byte[]? file = null, string fileName = "file.bin")
    {
        var (_, page) = await client.GetPageAsync(formPageUrl);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (fileField is not null && file is not null)
        {
            form.Add(new ByteArrayContent(file), fileField, fileName);
        }

        var response = await client.Http.PostAsync(action, form);
        return (response, PortalClient.Parse(await response.Content.ReadAsStringAsync()));
    }
}
