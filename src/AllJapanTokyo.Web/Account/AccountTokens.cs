using System.Text;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Account;

/// <summary>
/// The lifespans of the links the account mails carry, each with a token provider of Identity's own kind
/// (<see cref="DataProtectorTokenProvider{TUser}"/>): the token holds the security stamp, which the password it sets
/// changes, so a link works once.
/// </summary>
public static class AccountTokens
{
    public const string PasswordResetProvider = "PasswordReset";

    public const string AccountSetupProvider = "AccountSetup";

    /// <summary>The purpose of the account-setup token (Identity's own purposes name the others).</summary>
    public const string AccountSetupPurpose = "AccountSetup";

    public static readonly TimeSpan PasswordResetLifespan = TimeSpan.FromHours(1);

    public static readonly TimeSpan AccountSetupLifespan = TimeSpan.FromDays(3);

    /// <summary>The token as the link carries it (Base64url of its UTF-8), and back; null when the link was mangled.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static IdentityBuilder AddAccountTokenProviders(this IdentityBuilder builder)
    {
        builder.Services.Configure<PasswordResetTokenProviderOptions>(o => o.TokenLifespan = PasswordResetLifespan);
        builder.Services.Configure<AccountSetupTokenProviderOptions>(o => o.TokenLifespan = AccountSetupLifespan);
        builder.Services.Configure<IdentityOptions>(o => o.Tokens.PasswordResetTokenProvider = PasswordResetProvider);
        return builder
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetProvider)
            .AddTokenProvider<AccountSetupTokenProvider>(AccountSetupProvider);
    }
}

public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenProviderOptions() => Name = AccountTokens.PasswordResetProvider;
}

public sealed class AccountSetupTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public AccountSetupTokenProviderOptions() => Name = AccountTokens.AccountSetupProvider;
}

/// <summary>Password-reset links: valid for <see cref="AccountTokens.PasswordResetLifespan"/>.</summary>
public sealed class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<PasswordResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtectionProvider, options, logger);

/// <summary>First-password links of accounts made by an administrator: valid for <see cref="AccountTokens.AccountSetupLifespan"/>.</summary>
public sealed class AccountSetupTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<AccountSetupTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtectionProvider, options, logger);
