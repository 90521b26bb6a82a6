using System.Net;
using System.Net.Sockets;
using System.Text;
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

    /// <summary>Just enough SMTP for one message: greets, accepts every command, collects what the client sent.</summary>
    private sealed class LoopbackSmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task<string> _session;

        public LoopbackSmtpServer()
        {
            _listener.Start();
            _session = Task.Run(ServeOneClientAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public async Task<string> TranscriptAsync() => await _session.WaitAsync(TimeSpan.FromSeconds(20));

        public void Dispose() => _listener.Stop();

        private async Task<string> ServeOneClientAsync()
        {
            using var client = await _listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            var transcript = new StringBuilder();
            await writer.WriteLineAsync("220 localhost test SMTP");
            var inData = false;
            while (await reader.ReadLineAsync() is { } line)
            {
                transcript.AppendLine(line);
                if (inData)
                {
                    if (line == ".")
                    {
                        inData = false;
                        await writer.WriteLineAsync("250 queued");
                    }

                    continue;
                }

                var command = line.Split(' ')[0].ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        inData = true;
                        await writer.WriteLineAsync("354 end with .");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return transcript.ToString();
                    default:
                        await writer.WriteLineAsync("250 ok");
                        break;
                }
            }

            return transcript.ToString();
        }
    }
}
