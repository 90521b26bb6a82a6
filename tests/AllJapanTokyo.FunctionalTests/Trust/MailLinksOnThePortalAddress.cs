using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Areas.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Web.Areas.Procurement.SavedSearches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Trust;

/// <summary>
/// Every link in a mail names the portal's configured address (Portal:BaseUrl), never the host a request came on: the
/// portal answers for two host names here, the requests come on the second, and the configured address is a third.
/// </summary>
public sealed partial class MailLinksOnThePortalAddress
{
    private const string Configured = "https://portal.example.jp";

    private static readonly Uri Alias = new("https://alias.localhost");

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RemindersBidderMailsInvitationsAndAlertsLinkToTheConfiguredAddress(string provider)
    {
        if (provider != "Sqlite")
        {
            TestDatabases.RequirePostgres();
        }

        await using var portal = (provider == "Sqlite" ? PortalFactory.OnSqlite() : await PortalFactory.OnPostgresAsync())
            .With("AllowedHosts", "localhost;alias.localhost")
            .With("Portal:BaseUrl", Configured)
            .Started();

        // A reminder, sent by an official signed in on the second host name.
        await ReportingData.OpenReportAsync(portal, 2033);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp", address: Alias);
        var reminded = await official.PostFormAsync("/reporting/completeness?fy=2033", "/reporting/completeness/remind", new Dictionary<string, string> { ["fy"] = "2033" });
        Assert.Equal(HttpStatusCode.Redirect, reminded.StatusCode);

        // The mail to a bidder when the buyer, on the second host name, cancels the tender.
        var tender = await BiddingTestData.OpenTenderAsync(portal);
        var (_, bidderEmail) = await BiddingTestData.NewEnterpriseUserAsync(portal);
        await BiddingTestData.BidAsync(await PortalClient.SignedInAsync(portal, bidderEmail, address: Alias), tender.Id, "1000000");
        var buyer = await PortalClient.SignedInAsync(portal, "buyer@example.jp", address: Alias);
        var cancelled = await buyer.PostFormAsync($"/procurement/mine/tenders/{tender.Id}", $"/procurement/mine/tenders/{tender.Id}/cancel", [new("cancelReason", "予算の都合により中止します。")]);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        // A colleague's invitation, sent from the company page on the second host name.
        var (_, companyEmail) = await EnterpriseTestData.CreateAsync(portal, "株式会社リンク確認", ScreeningStatus.Approved);
        var company = await PortalClient.SignedInAsync(portal, companyEmail, EnterpriseTestData.Password, Alias);
        var colleague = $"colleague-{Guid.NewGuid():N}@example.jp";
        var invited = await company.PostFormAsync("/procurement/enterprises/mine", "/procurement/enterprises/mine/invitations", new Dictionary<string, string> { ["email"] = colleague });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        // A saved-search alert, which no request carries at all.
        var word = ProcurementTestData.UniqueWord();
        await SaveInstantSearchAsync(portal, companyEmail, word);
        await ProcurementTestData.InsertTenderAsync(portal, $"{word} 清掃業務", publishedAtUtc: DateTime.UtcNow.AddSeconds(-5));
        await using (var scope = portal.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().RunOnceAsync("links-" + word, CancellationToken.None);
        }

        await portal.DeliverMailAsync();
        var mails = portal.SentMail().Select(EnterpriseTestData.Decode).ToList();
        foreach (var to in new[] { "niigata@example.jp", bidderEmail, colleague, companyEmail })
        {
            // The bidder has its receipt and the cancellation: every mail to each person links to the configured address.
            var toThem = mails.Where(m => m.Contains(to, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.NotEmpty(toThem);
            foreach (var mail in toThem)
            {
                var links = Link().Matches(mail).Select(m => m.Value).ToList();
                Assert.NotEmpty(links);
                Assert.All(links, link => Assert.StartsWith(Configured + "/", link, StringComparison.Ordinal));
            }
        }

        Assert.DoesNotContain(mails, m => m.Contains("alias.localhost", StringComparison.Ordinal) || m.Contains("://localhost", StringComparison.Ordinal));
    }

    private static Task<int> SaveInstantSearchAsync(PortalFactory portal, string email, string word) =>
        portal.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.SavedSearches.Add(new SavedSearch
            {
                UserId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(),
                Name = string.Create(CultureInfo.InvariantCulture, $"{word} 通知"),
                Keyword = word,
                Frequency = AlertFrequency.Instant,
                CreatedAtUtc = now.AddMinutes(-5),
                AlertedUpToUtc = now.AddMinutes(-5),
                NextAlertDueUtc = now.AddMinutes(-1),
            });
            return await db.SaveChangesAsync();
        });

    [GeneratedRegex(@"https?://[^\s>]+")]
    private static partial Regex Link();
}
