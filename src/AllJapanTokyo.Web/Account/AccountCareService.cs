using System.Diagnostics;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Identity;

namespace AllJapanTokyo.Web.Account;

/// <summary>What became of a link's new password.</summary>
public abstract record PasswordOutcome
{
    public sealed record Set(AppUser User) : PasswordOutcome;

    /// <summary>The link is unknown, expired or used: the stamp it carried has changed.</summary>
    public sealed record LinkGone : PasswordOutcome;

    /// <summary>Identity refused the password (too short, too common); its errors are worded.</summary>
    public sealed record Refused(IReadOnlyList<IdentityError> Errors) : PasswordOutcome;
}

/// <summary>
/// The answers that must not tell whether an address has an account take at least this long, whichever way they went,
/// so that their time does not tell either.
/// </summary>
public static class EvenAnswer
{
    public static readonly TimeSpan ForMail = TimeSpan.FromMilliseconds(600);

    /// <summary>Registration hashes a password and stores a company: its answer waits longer.</summary>
    public static readonly TimeSpan ForRegistration = TimeSpan.FromMilliseconds(1500);

    public static async Task<T> AfterAtLeastAsync<T>(TimeSpan minimum, Func<Task<T>> work)
    {
        var watch = Stopwatch.StartNew();
        var result = await work();
        // Task.Delay counts whole milliseconds and its timer may fire a tick early: wait until the minimum has truly passed.
        for (var rest = minimum - watch.Elapsed; rest > TimeSpan.Zero; rest = minimum - watch.Elapsed)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(rest.TotalMilliseconds)));
        }

        return result;
    }

    public static Task AfterAtLeastAsync(TimeSpan minimum, Func<Task> work) =>
        AfterAtLeastAsync(minimum, async () =>
        {
            await work();
            return true;
        });
}

/// <summary>
/// A person's care of their own account: a forgotten password (a one-time link by mail), a new password, the
/// confirmation mail again, the language of their mails. Mails go through the outbox, in the page's language.
/// </summary>
public sealed class AccountCareService(AppDbContext db, UserManager<AppUser> users, Notifier notifier, SecurityLog log)
{
    /// <summary>Mails a reset link when the address has an active, confirmed account; says nothing either way.</summary>
    public async Task RequestPasswordResetAsync(string? email, PortalLanguage language)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || !user.EmailConfirmed || user.IsDisabled)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        notifier.Mail(user.Email!, language, new PasswordResetMail(user.Id, AccountTokens.Encode(token)));
        log.Record(SecurityEventKind.PasswordResetRequested, user);
        await db.SaveChangesAsync();
    }

    /// <summary>True when a reset link's user exists (the page then asks for the new password).</summary>
    public async Task<bool> LinkUserExistsAsync(string? userId) =>
        !string.IsNullOrEmpty(userId) && await users.FindByIdAsync(userId) is not null;

    /// <summary>Sets the password of a reset link; the stamp changes, so the link and every session end.</summary>
    public async Task<PasswordOutcome> ResetPasswordAsync(string? userId, string? code, string password)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || AccountTokens.Decode(code) is not { } token)
        {
            return new PasswordOutcome.LinkGone();
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? new PasswordOutcome.LinkGone()
                : new PasswordOutcome.Refused(result.Errors.ToList());
        }

        await log.RecordNowAsync(SecurityEventKind.PasswordReset, user);
        return new PasswordOutcome.Set(user);
    }

    /// <summary>The first password of an account an administrator made; the link also proves the address.</summary>
    public async Task<PasswordOutcome> SetUpAccountAsync(string? userId, string? code, string password)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || AccountTokens.Decode(code) is not { } token || await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, AccountTokens.AccountSetupProvider, AccountTokens.AccountSetupPurpose, token))
        {
            return new PasswordOutcome.LinkGone();
        }

        user.EmailConfirmed = true;
        var result = await users.AddPasswordAsync(user, password);
        if (!result.Succeeded)
        {
            return new PasswordOutcome.Refused(result.Errors.ToList());
        }

        await log.RecordNowAsync(SecurityEventKind.PasswordReset, user, detail: "setup");
        return new PasswordOutcome.Set(user);
    }

    /// <summary>A new password, the current one given; the stamp changes, so the person's other sessions end.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(AppUser user, string current, string password)
    {
        var result = await users.ChangePasswordAsync(user, current, password);
        if (result.Succeeded)
        {
            await log.RecordNowAsync(SecurityEventKind.PasswordChanged, user);
        }

        return result;
    }

    /// <summary>Mails the confirmation link again when the address has an unconfirmed account; says nothing either way.</summary>
    public async Task ResendConfirmationAsync(string? email, PortalLanguage language)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || user.EmailConfirmed)
        {
            return;
        }

        await MailConfirmationAsync(user, language);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds the confirmation mail to the unit of work.</summary>
    public async Task MailConfirmationAsync(AppUser user, PortalLanguage language)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        notifier.Mail(user.Email!, language, new ConfirmEmailMail(user.DisplayName, user.Id, AccountTokens.Encode(token)));
    }

    /// <summary>The language of the person's mails and notifications.</summary>
    public async Task SetLanguageAsync(AppUser user, PortalLanguage language)
    {
        user.PreferredLanguage = language.Code;
        await users.UpdateAsync(user);
    }
}
