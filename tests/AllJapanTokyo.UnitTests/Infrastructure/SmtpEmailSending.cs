using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.UnitTests.Infrastructure;

/// <summary>The SMTP path (MailKit) against a minimal SMTP peer on loopback: the message really crosses the wire.</summary>
public sealed class SmtpEmailSending
{
    [Fact]
    public async Task TheConfirmationMailReachesTheSmtpServerWithItsRecipientAndJapaneseSubject()
    {
        using var server = new LoopbackSmtpServer();
        var options = Options.Create(new EmailOptions
        {
            From = "ALL JAPAN & TOKYO <no-reply@example.jp>",
            Smtp = new EmailOptions.SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = "None" },
        });
        var sender = new SmtpEmailSender(options, NullLogger<SmtpEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage("sme@example.jp", "【ALL JAPAN & TOKYO】メールアドレスの確認", "次のリンクを開いてください。"));
        var transcript = await server.TranscriptAsync();

        Assert.Contains("MAIL FROM:<no-reply@example.jp>", transcript);
        Assert.Contains("RCPT TO:<sme@example.jp>", transcript);
        Assert.Contains("To: sme@example.jp", transcript);
        // The Japanese subject travels RFC 2047-encoded in UTF-8.
        Assert.Contains("Subject: =?utf-8?", transcript, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("QUIT", transcript);
    }
}
