using System.Globalization;
using System.Text;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace AllJapanTokyo.Web.Account;

/// <summary>What the enrolment page shows: the key as a QR code (a PNG data: URI) and as text to type in.</summary>
public sealed record MfaEnrolment(string KeyForManualEntry, string QrCodeDataUri);

/// <summary>The account page's MFA state.</summary>
public sealed record MfaStatus(bool Enabled, bool Required, int RecoveryCodesLeft);

/// <summary>
/// Two-factor authentication with an authenticator app (TOTP, RFC 6238), entirely through ASP.NET Core Identity: its
/// authenticator key, its token provider and its recovery codes. This class only shows the key and records the events.
/// </summary>
public sealed class MfaService(UserManager<AppUser> users, SignInManager<AppUser> signIns, SecurityLog log)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The name authenticator apps show beside the account.</summary>
    public const string Issuer = "ALL JAPAN & TOKYO";

    public async Task<MfaStatus> StatusAsync(AppUser user) => new(
        user.TwoFactorEnabled,
        MfaPolicy.IsRequiredFor(await users.GetRolesAsync(user)),
        user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0);

    /// <summary>
    /// The key to enrol with, made on first use. Making one changes the security stamp (Identity's rule), so the caller
    /// re-issues the person's own session.
    /// </summary>
    public async Task<(MfaEnrolment Enrolment, bool KeyWasMade)> EnrolmentAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        var made = false;
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            made = true;
        }

        var uri = string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return (new MfaEnrolment(Grouped(key), "data:image/png;base64," + Convert.ToBase64String(png)), made);
    }

    /// <summary>
    /// Turns MFA on when <paramref name="code"/> is the app's current code; returns the ten one-time recovery codes to
    /// show once, or null when the code is wrong.
    /// </summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string? code)
    {
        var token = Normalize(code);
        if (token.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, token))
        {
            return null;
        }

        log.Record(SecurityEventKind.MfaEnrolled, user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
    }

    /// <summary>
    /// The person proves again, with the password and a code from the app, that they are who the session says before
    /// MFA is changed: a session left open on a shared desk must not be enough to take the second factor away. A wrong
    /// password counts towards the lockout like a failed sign-in.
    /// </summary>
    public async Task<bool> ConfirmAsync(AppUser user, string? password, string? code)
    {
        var token = Normalize(code);
        var confirmed = !string.IsNullOrEmpty(password) && token.Length > 0
            && (await signIns.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)).Succeeded
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, token);
        if (!confirmed)
        {
            await log.RecordNowAsync(SecurityEventKind.MfaConfirmationFailed, user);
        }

        return confirmed;
    }

    /// <summary>New recovery codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(AppUser user)
    {
        log.Record(SecurityEventKind.RecoveryCodesRenewed, user);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return codes?.ToList() ?? [];
    }

    /// <summary>
    /// Turns MFA off and forgets the key (a new enrolment gets a new one); the changed stamp ends the person's sessions.
    /// <paramref name="actorEmail"/> names the administrator who reset someone else's.
    /// </summary>
    public async Task ResetAsync(AppUser user, string? actorEmail)
    {
        log.Record(SecurityEventKind.MfaReset, user, actorEmail: actorEmail);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
    }

    /// <summary>The code as typed: authenticator apps show "123 456", people type full-width digits too.</summary>
    public static string Normalize(string? code) =>
        new((code ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>A recovery code as typed, without spaces and in half-width characters (its hyphens are part of it).</summary>
    public static string NormalizeRecoveryCode(string? code) =>
        new((code ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))).ToArray()).ToLowerInvariant();
}
