using System.Net;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.AntennaShops;

/// <summary>Shops, editions and visitors of the stamp-rally tests: each test makes its own, with unique names.</summary>
internal static partial class RallyTestData
{
    public static DateOnly JapanToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    /// <summary>Adds shops kept by <paramref name="prefecture"/> and an edition of them; returns the edition and the shops' ids.</summary>
    public static async Task<(int Edition, int[] Shops)> EditionAsync(
        PortalFactory portal, int shops, int toComplete, string prefecture = "15", DateOnly? startsOn = null, DateOnly? endsOn = null, int prizes = 1)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return await portal.WithDbAsync(async db =>
        {
            var made = Enumerable.Range(1, shops).Select(i => new AntennaShop
            {
                PrefectureCode = prefecture,
                NameJa = $"テスト物産館{tag}-{i}",
                AddressJa = "東京都中央区（テスト）",
                Opens = new TimeOnly(0, 0),
                Closes = new TimeOnly(23, 59),
            }).ToList();
            db.AntennaShops.AddRange(made);
            await db.SaveChangesAsync();
            var edition = new RallyEdition
            {
                NameJa = $"テストラリー{tag}",
                StartsOn = startsOn ?? JapanToday.AddDays(-1),
                EndsOn = endsOn ?? JapanToday.AddDays(1),
                StampsToComplete = toComplete,
                PrizeCount = prizes,
                Shops = made.Select(s => new RallyShop { ShopId = s.Id }).ToList(),
            };
            db.RallyEditions.Add(edition);
            await db.SaveChangesAsync();
            return (edition.Id, made.Select(s => s.Id).ToArray());
        });
    }

    /// <summary>The code the shop's counter shows now, read from the counter page as its staff see it.</summary>
    public static async Task<string> CounterCodeAsync(PortalClient staff, int edition, int shop)
    {
        var (response, page) = await staff.GetPageAsync($"/antenna-shops/rally/{edition}/counter/{shop}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#counter-code svg[role=img]"));
        var link = new Uri(page.QuerySelector("#stamp-link")!.GetAttribute("href")!);
        Assert.Equal($"/antenna-shops/rally/{edition}/stamp", link.AbsolutePath);
        return Uri.UnescapeDataString(CodeParameter().Match(link.Query).Groups[1].Value);
    }

    /// <summary>A visitor with a light rally account: gives an e-mail address, opens the mailed link, signs in.</summary>
    public static async Task<(PortalClient Client, string Email)> VisitorAsync(PortalFactory portal, int edition, string language = "")
    {
        var email = $"visitor-{Guid.NewGuid():N}@example.com";
        var client = PortalClient.For(portal);
        var sent = await client.PostFormAsync($"{language}/antenna-shops/rally/{edition}", $"{language}/antenna-shops/rally/sign-in",
            new Dictionary<string, string> { ["email"] = email, ["edition"] = edition.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var link = await SignInLinkAsync(portal, email);
        Assert.NotNull(link);
        var (_, page) = await client.GetPageAsync(link!.PathAndQuery);
        var fields = page.QuerySelectorAll("form input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var signedIn = await client.PostFormAsync(link.PathAndQuery, link.AbsolutePath, fields);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (client, email);
    }

    /// <summary>The sign-in link of the last mail queued to the address, or null when none was.</summary>
    public static Task<Uri?> SignInLinkAsync(PortalFactory portal, string email) =>
        portal.WithDbAsync(async db =>
        {
            var body = await db.OutboxMessages.Where(m => m.To == email && m.Kind == "antenna.rally-sign-in").OrderByDescending(m => m.Id).Select(m => m.TextBody).FirstOrDefaultAsync();
            return body is null ? null : new Uri(LinkInMail().Match(body).Value);
        });

    public static Task<HttpResponseMessage> StampAsync(PortalClient visitor, int edition, string code, string language = "") =>
        visitor.PostFormAsync($"{language}/antenna-shops/rally/{edition}/stamp?code={Uri.EscapeDataString(code)}", $"{language}/antenna-shops/rally/{edition}/stamp",
            new Dictionary<string, string> { ["code"] = code });

    public static Task<int> StampsOfAsync(PortalFactory portal, int edition) =>
        portal.WithDbAsync(db => db.Stamps.CountAsync(s => db.StampCards.Any(c => c.Id == s.CardId && c.EditionId == edition)));

    [GeneratedRegex("code=([^&]+)")]
    private static partial Regex CodeParameter();

    [GeneratedRegex(@"https://localhost\S*/antenna-shops/rally/sign-in/link\?\S+")]
    private static partial Regex LinkInMail();
}
