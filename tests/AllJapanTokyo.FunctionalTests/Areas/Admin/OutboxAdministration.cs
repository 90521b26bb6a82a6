using System.Globalization;
using System.Net;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Admin;

/// <summary>/admin/outbox: the administrator sees every mail's state, attempts and last error, filters them, and resends one.</summary>
[Collection(PortalCollection.Name)]
public sealed class OutboxAdministration(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheAdministratorSeesEachMailsStateFiltersThemAndResendsAFailedOne(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (kind, failed, sent, pending) = await QueueAsync(portal);
        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");

        var (response, page) = await admin.GetPageAsync($"/admin/outbox?kind={kind}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#outbox tbody tr").ToDictionary(r => long.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture));
        Assert.Equal([failed.Id, sent.Id, pending.Id], rows.Keys.Order());
        Assert.Equal(("failed", "送信失敗"), (rows[failed.Id].GetAttribute("data-state"), rows[failed.Id].Children[4].TextContent.Trim()));
        Assert.Equal(("sent", "送信済み"), (rows[sent.Id].GetAttribute("data-state"), rows[sent.Id].Children[4].TextContent.Trim()));
        Assert.Equal(("pending", "送信待ち"), (rows[pending.Id].GetAttribute("data-state"), rows[pending.Id].Children[4].TextContent.Trim()));
        Assert.Equal("10", rows[failed.Id].Children[5].TextContent.Trim());
        Assert.Contains("550 5.1.1 mailbox unavailable", rows[failed.Id].Children[7].TextContent, StringComparison.Ordinal);
        // Sent and failed mails can be resent; a waiting one cannot.
        Assert.NotNull(rows[failed.Id].QuerySelector("form button"));
        Assert.NotNull(rows[sent.Id].QuerySelector("form button"));
        Assert.Null(rows[pending.Id].QuerySelector("form"));
        // The body is never shown: it may carry sign-in links.
        Assert.DoesNotContain("SECRET-", page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var (_, onlyFailed) = await admin.GetPageAsync($"/admin/outbox?state=failed&kind={kind}");
        Assert.Equal([failed.Id.ToString(CultureInfo.InvariantCulture)], onlyFailed.QuerySelectorAll("#outbox tbody tr").Select(r => r.GetAttribute("data-id")));
        Assert.Equal("page", onlyFailed.QuerySelector("a[data-state=failed]")!.GetAttribute("aria-current"));

        // Resend the failed mail: it is due again with a fresh count of attempts, and the outbox sends it.
        var resent = await admin.PostFormAsync($"/admin/outbox?state=failed&kind={kind}", $"/admin/outbox/{failed.Id}/resend", new Dictionary<string, string> { ["state"] = "failed", ["kind"] = kind });
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal($"/admin/outbox?state=failed&kind={kind}", resent.Headers.Location!.OriginalString);
        var (_, after) = await admin.GetPageAsync("/admin/outbox?kind=" + kind);
        Assert.Contains("メールを再送信の列に入れました。", after.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        var requeued = await MessageAsync(portal, failed.Id);
        // Due again with a fresh count (or already sent by the portal's own worker, which runs every few seconds).
        Assert.True(requeued is { State: OutboxState.Pending, Attempts: 0 } or { State: OutboxState.Sent, Attempts: 1 }, $"{requeued.State} after {requeued.Attempts} attempts");

        await portal.DeliverMailAsync();
        Assert.Equal(OutboxState.Sent, (await MessageAsync(portal, failed.Id)).State);
        Assert.Single(EnterpriseTestData.MailTo(portal, failed.To));

        // A waiting mail is not resent (a forged post): the page says why and nothing changes.
        var waiting = await admin.PostFormAsync($"/admin/outbox?kind={kind}", $"/admin/outbox/{pending.Id}/resend", new Dictionary<string, string> { ["kind"] = kind });
        Assert.Equal(HttpStatusCode.Conflict, waiting.StatusCode);
        Assert.Contains("まだ送信待ち", PortalClient.Parse(await waiting.Content.ReadAsStringAsync()).QuerySelector("#outbox-refused")!.TextContent, StringComparison.Ordinal);
        var unchanged = await MessageAsync(portal, pending.Id);
        Assert.Equal((2, pending.NextAttemptAtUtc), (unchanged.Attempts, unchanged.NextAttemptAtUtc));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync("/admin/outbox", "/admin/outbox/999999999/resend", [])).StatusCode);
    }

    [Fact]
    public async Task OnlyAdministratorsSeeTheOutboxAndItSpeaksEnglish()
    {
        var portal = fixture.Sqlite;
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        Assert.NotEqual(HttpStatusCode.OK, (await official.GetAsync("/admin/outbox")).StatusCode);

        var admin = await PortalClient.SignedInAsync(portal, "admin@example.jp");
        var (response, page) = await admin.GetPageAsync("/en/admin/outbox");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Texts.En("メール送信状況"), page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(Texts.En("送信失敗"), page.QuerySelector("a[data-state=failed]")!.FirstChild!.TextContent.Trim());
    }

    /// <summary>Three mails of a kind no other test uses, as the outbox holds them after sending, failing and queueing.</summary>
    private static async Task<(string Kind, OutboxMessage Failed, OutboxMessage Sent, OutboxMessage Pending)> QueueAsync(PortalFactory portal)
    {
        var kind = "test.outbox-" + Guid.NewGuid().ToString("N")[..8];
        // Whole seconds, so that times read back equal on every database.
        var now = DateTime.UnixEpoch.AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        OutboxMessage Mail(string name) => OutboxMessage.Queue(new EmailMessage($"{name}-{Guid.NewGuid():N}@example.jp", $"{name}のお知らせ", "https://localhost/account/reset?code=SECRET-" + name), kind, now);
        var failed = Mail("failed");
        failed.Attempts = OutboxMessage.MaxAttempts;
        failed.LastError = "550 5.1.1 mailbox unavailable";
        var sent = Mail("sent");
        (sent.Attempts, sent.SentAtUtc) = (1, now);
        // Waiting for a later attempt, so that no dispatcher sends it during the test.
        var pending = Mail("pending");
        (pending.Attempts, pending.NextAttemptAtUtc, pending.LastError) = (2, now.AddHours(1), "421 4.3.2 Service not available");
        await portal.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(failed, sent, pending);
            return await db.SaveChangesAsync();
        });
        return (kind, failed, sent, pending);
    }

    private static Task<OutboxMessage> MessageAsync(PortalFactory portal, long id) =>
        portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
}
