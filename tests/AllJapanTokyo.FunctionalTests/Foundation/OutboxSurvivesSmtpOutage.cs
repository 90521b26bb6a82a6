using System.Globalization;
using System.Net;
using AllJapanTokyo.FunctionalTests.Areas.Reporting;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Areas.Reporting.Completeness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AllJapanTokyo.FunctionalTests.Foundation;

/// <summary>
/// The outbox against a real SMTP exchange on loopback: mail queued while the server refuses is kept, tried again after
/// its back-off (on the portal's clock, moved on by the test), sent once the server accepts, and sent exactly once
/// when two instances' dispatchers run at the same time.
/// </summary>
public sealed class OutboxSurvivesSmtpOutage
{
    private const int Queued = 10;

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AMailQueuedDuringAnOutageIsKeptRetriedAndSentOnceByTwoDispatchers(string provider)
    {
        if (provider != "Sqlite")
        {
            TestDatabases.RequirePostgres();
        }

        using var smtp = new LoopbackSmtpServer { Refusing = true };
        // Whole seconds, so that times read back equal on every database (PostgreSQL keeps microseconds, .NET ticks).
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await using var portal = (provider == "Sqlite" ? PortalFactory.OnSqlite() : await PortalFactory.OnPostgresAsync())
            .With("Email:Smtp:Host", "127.0.0.1")
            .With("Email:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture))
            .With("Email:Smtp:Security", "None")
            // The test runs the dispatchers itself: the host's own outbox worker sleeps, its alert worker is off.
            .With("Email:Outbox:PollSeconds", "86400")
            .With("Alerts:Enabled", "false")
            .WithClock(clock)
            .Started();

        // A workflow queues its mail while the server refuses (an official's reminder to Niigata's staff); other
        // workflows' mails wait beside it.
        await ReportingData.OpenReportAsync(portal, 2034);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var reminded = await official.PostFormAsync("/reporting/completeness?fy=2034", "/reporting/completeness/remind", new Dictionary<string, string> { ["fy"] = "2034" });
        Assert.Equal(HttpStatusCode.Redirect, reminded.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            for (var i = 1; i < Queued; i++)
            {
                db.OutboxMessages.Add(OutboxMessage.Queue(new EmailMessage($"person{i}@example.jp", $"お知らせ {i}", $"本文 {i}"), "test.outage", clock.GetUtcNow().UtcDateTime));
            }

            return await db.SaveChangesAsync();
        });

        // The server refuses: nothing is sent, nothing is lost; each message counts its attempt, keeps the server's
        // answer and waits a minute.
        Assert.Equal(0, await SendDueAsync(portal, "instance-a"));
        var messages = await MessagesAsync(portal);
        Assert.Equal(Queued, messages.Count);
        Assert.Contains(messages, m => m.To == "niigata@example.jp" && m.Kind == ReminderService.OutboxKind);
        Assert.All(messages, m =>
        {
            Assert.Equal(OutboxState.Pending, m.State);
            Assert.Equal(1, m.Attempts);
            Assert.Contains("Service not available", m.LastError, StringComparison.Ordinal);
            Assert.Equal(clock.GetUtcNow().UtcDateTime + OutboxMessage.BackOff(1), m.NextAttemptAtUtc);
            Assert.Null(m.ClaimedBy);
        });
        Assert.Equal(Queued, smtp.Connections);

        // Another instance does not try again before the back-off is over.
        Assert.Equal(0, await SendDueAsync(portal, "instance-b"));
        Assert.Equal(Queued, smtp.Connections);
        Assert.All(await MessagesAsync(portal), m => Assert.Equal(1, m.Attempts));

        // A minute later the server still refuses: the second attempt waits twice as long.
        clock.Advance(OutboxMessage.BackOff(1));
        Assert.Equal(0, await SendDueAsync(portal, "instance-a"));
        Assert.All(await MessagesAsync(portal), m =>
        {
            Assert.Equal(2, m.Attempts);
            Assert.Equal(clock.GetUtcNow().UtcDateTime + OutboxMessage.BackOff(2), m.NextAttemptAtUtc);
        });
        Assert.Empty(smtp.Messages);

        // The server is back. Two instances' dispatchers run at the same time, each twice: every message is sent once.
        smtp.Refusing = false;
        clock.Advance(OutboxMessage.BackOff(2));
        async Task<int> InstanceAsync(string id) => await SendDueAsync(portal, id) + await SendDueAsync(portal, id);
        var sent = await Task.WhenAll(Task.Run(() => InstanceAsync("instance-a")), Task.Run(() => InstanceAsync("instance-b")));

        Assert.Equal(Queued, sent.Sum());
        Assert.Equal(Queued, smtp.Messages.Count);
        Assert.Single(smtp.Messages, m => m.Contains("To: niigata@example.jp", StringComparison.Ordinal));
        for (var i = 1; i < Queued; i++)
        {
            Assert.Single(smtp.Messages, m => m.Contains($"To: person{i}@example.jp", StringComparison.Ordinal));
        }

        Assert.All(await MessagesAsync(portal), m =>
        {
            Assert.Equal(OutboxState.Sent, m.State);
            Assert.Equal(3, m.Attempts);
            Assert.Null(m.LastError);
            Assert.Null(m.ClaimedBy);
        });

        // Nothing is sent again.
        Assert.Equal(0, await SendDueAsync(portal, "instance-a") + await SendDueAsync(portal, "instance-b"));
        Assert.Equal(Queued, smtp.Messages.Count);
    }

    /// <summary>One round of an instance's outbox worker, in a scope of its own (its own DbContext and connection).</summary>
    private static async Task<int> SendDueAsync(PortalFactory portal, string instanceId)
    {
        await using var scope = portal.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendDueAsync(instanceId, CancellationToken.None);
    }

    private static Task<List<OutboxMessage>> MessagesAsync(PortalFactory portal) =>
        portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
}
