using System.Net;
using System.Text;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>Enterprises and buyers of their own for each test, signed in as a person would be; bids and mail read back.</summary>
internal static class BiddingTestData
{
    private static int _sequence;

    /// <summary>A new approved (or pending) enterprise of <paramref name="prefectureCode"/> with one Enterprise account; returns its id and e-mail.</summary>
    public static async Task<(int EnterpriseId, string Email)> NewEnterpriseUserAsync(PortalFactory portal, string prefectureCode = "15", ScreeningStatus status = ScreeningStatus.Approved)
    {
        var n = Interlocked.Increment(ref _sequence);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var baseNumber = Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var enterprise = new Enterprise
        {
            CorporateNumber = CorporateNumber.FromBase(baseNumber),
            NameJa = $"株式会社試験入札{n}号{unique}",
            PrefectureCode = prefectureCode,
            JsicMajorGroup = "E",
            SmeIndustryGroup = SmeIndustryGroup.ManufacturingAndOthers,
            ScreeningStatus = status,
            RegisteredAtUtc = DateTime.UtcNow,
            IsSynthetic = true,
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        var email = $"bidder-{unique}@example.jp";
        await CreateUserAsync(scope, email, Roles.Enterprise, u => u.EnterpriseId = enterprise.Id);
        return (enterprise.Id, email);
    }

    /// <summary>A buyer account of a new, other organisation.</summary>
    public static async Task<(int OrganizationId, string Email)> NewBuyerUserAsync(PortalFactory portal)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        await using var scope = portal.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var template = await db.Organizations.FirstAsync(o => o.IsBuyer);
        var organization = new Organization { NameJa = $"試験発注機関{unique}", Kind = template.Kind, IsBuyer = true, IsSynthetic = true };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var email = $"buyer-{unique}@example.jp";
        await CreateUserAsync(scope, email, Roles.BuyerStaff, u => u.OrganizationId = organization.Id);
        return (organization.Id, email);
    }

    private static async Task CreateUserAsync(AsyncServiceScope scope, string email, string role, Action<AppUser> change)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedAtUtc = DateTime.UtcNow };
        change(user);
        var result = await users.CreateAsync(user, PortalFactory.DemoPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>A Big Sight tender open for bids now (enquiries still open), with a title no other test uses.</summary>
    public static Task<Tender> OpenTenderAsync(PortalFactory portal, Action<Tender>? change = null)
    {
        var now = DateTime.UtcNow;
        return ProcurementTestData.InsertTenderAsync(portal, $"{ProcurementTestData.UniqueWord()} 展示会場の設営業務", t =>
        {
            (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (now.AddDays(-2), now.AddDays(-1), now.AddDays(10));
            change?.Invoke(t);
        });
    }

    /// <summary>A Big Sight tender in its enquiry period (questions open, bids from tomorrow).</summary>
    public static Task<Tender> EnquiryTenderAsync(PortalFactory portal)
    {
        var now = DateTime.UtcNow;
        return OpenTenderAsync(portal, t => (t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc) = (now.AddDays(1), now.AddDays(1), now.AddDays(10)));
    }

    public static Task SetDatesAsync(PortalFactory portal, int tenderId, DateTime enquiryEnd, DateTime tenderStart, DateTime tenderEnd) =>
        portal.WithDbAsync(db => db.Tenders.Where(t => t.Id == tenderId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.EnquiryEndUtc, enquiryEnd).SetProperty(t => t.TenderStartUtc, tenderStart).SetProperty(t => t.TenderEndUtc, tenderEnd)));

    /// <summary>Moves the deadline into the past, as the clock would.</summary>
    public static Task CloseAsync(PortalFactory portal, int tenderId)
    {
        var now = DateTime.UtcNow;
        return SetDatesAsync(portal, tenderId, now.AddDays(-12), now.AddDays(-11), now.AddMilliseconds(-1));
    }

    public static Task<List<Bid>> BidsAsync(PortalFactory portal, int tenderId) =>
        portal.WithDbAsync(db => db.Bids.AsNoTracking().Where(b => b.TenderId == tenderId).ToListAsync());

    /// <summary>
    /// Bids as a person does: opens the tender page, posts its bid form (multipart, the form's own key and token) to the
    /// confirmation page, then posts the confirmation page's form. A refusal at either step is the answer returned.
    /// </summary>
    public static async Task<HttpResponseMessage> BidAsync(PortalClient client, int tenderId, string amount, string? note = null, byte[]? attachment = null, IHtmlDocument? openedPage = null)
    {
        var review = await ReviewBidAsync(client, tenderId, amount, note, attachment, openedPage);
        var html = await review.Content.ReadAsStringAsync();
        var page = PortalClient.Parse(html);
        var action = $"/procurement/tenders/{tenderId}/bid";
        if (review.StatusCode != HttpStatusCode.OK || page.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == action) is not { } confirm)
        {
            return new HttpResponseMessage(review.StatusCode) { Content = new StringContent(html, Encoding.UTF8, "text/html") };
        }

        return await PostFormAsync(client, confirm, action);
    }

    /// <summary>Posts the tender page's bid form to its confirmation step; nothing is placed yet.</summary>
    public static async Task<HttpResponseMessage> ReviewBidAsync(PortalClient client, int tenderId, string amount, string? note = null, byte[]? attachment = null, IHtmlDocument? openedPage = null)
    {
        var page = openedPage ?? (await client.GetPageAsync($"/procurement/tenders/{tenderId}")).Document;
        var action = $"/procurement/tenders/{tenderId}/bid/review";
        var form = page.QuerySelectorAll("form").First(f => f.GetAttribute("action") == action);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(page, action)), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name='BidForm.SubmissionKey']")!.GetAttribute("value")!), "BidForm.SubmissionKey" },
            { new StringContent(amount), "BidForm.AmountYen" },
            { new StringContent(note ?? ""), "BidForm.Note" },
        };
        if (attachment is not null)
        {
            content.Add(new ByteArrayContent(attachment), "attachment", "quote.pdf");
        }

        return await client.Http.PostAsync(action, content);
    }

    /// <summary>Posts every field of a form of a page already read (hidden fields and token), as its submit button would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(PortalClient client, AngleSharp.Dom.IElement form, string action)
    {
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[name]"))
        {
            content.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        }

        return await client.Http.PostAsync(action, content);
    }

    /// <summary>Posts a file to a multipart form of <paramref name="formPageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string formPageUrl, string action, string field, string fileName, byte[] bytes, string contentType)
    {
        var (_, page) = await client.GetPageAsync(formPageUrl);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(page, action)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, field, fileName);
        return await client.Http.PostAsync(action, content);
    }

    public static byte[] Pdf(string text = "試験") => Encoding.ASCII.GetBytes("%PDF-1.4\n% " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "\n%%EOF\n");

    /// <summary>The mails the outbox holds for <paramref name="to"/> (sent or not yet), oldest first: what the change handed over.</summary>
    public static Task<List<(string Subject, string Text)>> OutboxTo(PortalFactory portal, string to) =>
        portal.WithDbAsync(async db => (await db.OutboxMessages.AsNoTracking().Where(m => m.To == to).OrderBy(m => m.Id)
            .Select(m => new { m.Subject, m.TextBody }).ToListAsync()).Select(m => (m.Subject, m.TextBody)).ToList());

    /// <summary>The notifications of the person signed in as <paramref name="email"/>, oldest first: kind and link.</summary>
    public static Task<List<(string Kind, string LinkPath, string Arguments)>> NotificationsOf(PortalFactory portal, string email) =>
        portal.WithDbAsync(async db => (await (
                from n in db.Notifications.AsNoTracking()
                join u in db.Users on n.UserId equals u.Id
                where u.Email == email
                orderby n.Id
                select new { n.Kind, n.LinkPath, n.Arguments }).ToListAsync())
            .Select(n => (n.Kind, n.LinkPath, n.Arguments)).ToList());

    /// <summary>The mails sent to <paramref name="to"/>, decoded.</summary>
    public static IReadOnlyList<(string Subject, string Text)> MailTo(PortalFactory portal, string to)
    {
        var mails = new List<(string, string)>();
        foreach (var raw in portal.SentMail())
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw));
            var message = MimeMessage.Load(stream);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                mails.Add((message.Subject ?? "", message.TextBody ?? ""));
            }
        }

        return mails;
    }

    public static void AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, new Uri(new Uri("https://localhost"), response.Headers.Location!).AbsolutePath);
    }
}
