using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AllJapanTokyo.Infrastructure.Email;

/// <summary>One outgoing e-mail: plain text, optionally HTML beside it.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Settings under <c>Email</c>: a pickup folder for development, SMTP when <c>Email:Smtp:Host</c> is set.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "ALL JAPAN & TOKYO ポータル <no-reply@alljapan-tokyo.example.jp>";

    /// <summary>Folder for .eml files when no SMTP host is configured (relative to the content root).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public string? UserName { get; set; }

        public string? Password { get; set; }

        /// <summary>StartTls (default), SslOnConnect or None.</summary>
        public string Security { get; set; } = "StartTls";
    }
}

internal static class MimeMessages
{
    public static MimeMessage Create(EmailOptions options, EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}

/// <summary>Writes each e-mail as an .eml file, so development needs no mail server and tests can read what was sent.</summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, TimeProvider timeProvider, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.PickupDirectory;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{timeProvider.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var mime = MimeMessages.Create(options.Value, message);
        await mime.WriteToAsync(path, cancellationToken);
        logger.LogInformation("E-mail {Subject} written to pickup folder {Folder}", message.Subject, folder);
    }
}

/// <summary>Sends through the configured SMTP server with MailKit.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value.Smtp;
        var mime = MimeMessages.Create(options.Value, message);
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("E-mail {Subject} sent through {Host}", message.Subject, settings.Host);
    }
}

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmailSending(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.PostConfigure<EmailOptions>(o =>
        {
            if (!Path.IsPathRooted(o.PickupDirectory))
            {
                o.PickupDirectory = Path.Combine(contentRoot, o.PickupDirectory);
            }
        });

        services.AddTransient<SmtpEmailSender>();
        services.AddTransient<PickupFolderEmailSender>();
        // Chosen per use, so that a host whose configuration arrives late still gets the right sender.
        services.AddTransient<IEmailSender>(sp => string.IsNullOrWhiteSpace(configuration["Email:Smtp:Host"])
            ? sp.GetRequiredService<PickupFolderEmailSender>()
            : sp.GetRequiredService<SmtpEmailSender>());

        // Mails of the workflows go through the outbox, sent by a worker in every instance.
        services.Configure<OutboxOptions>(configuration.GetSection("Email:Outbox"));
        services.AddScoped<OutboxDispatcher>();
        services.AddHostedService<OutboxWorker>();

        return services;
    }
}
