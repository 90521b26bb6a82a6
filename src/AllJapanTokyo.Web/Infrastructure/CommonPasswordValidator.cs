using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// Refuses passwords that attackers try first (OWASP ASVS 6.2.4): the 10,000 most common passwords, a common one padded
/// with digits or symbols ("password1234!"), one character or a short run repeated, and the person's own e-mail address.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer L) : IPasswordValidator<AppUser>
{
    /// <summary>The code of the refusal, beside Identity's own (PasswordTooShort …), to tell which field it is about.</summary>
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IsWeak(password, user.Email)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = L["このパスワードはよく使われており、推測されやすいため使えません。長めの文や単語の組み合わせをお勧めします。"].Value,
            })
            : IdentityResult.Success);
    }

    public static bool IsWeak(string password, string? email = null)
    {
        var lower = password.ToLowerInvariant();
        if (CommonPasswords.Value.Contains(lower))
        {
            return true;
        }

        // A common word with only digits and symbols around it adds little.
        var core = lower.Trim("0123456789!@#$%^&*()-_=+.?~ ".ToCharArray());
        if (core.Length > 0 && core.Length < lower.Length && CommonPasswords.Value.Contains(core))
        {
            return true;
        }

        if (IsRepetition(lower))
        {
            return true;
        }

        var localPart = email?.Split('@')[0].ToLowerInvariant();
        return localPart is { Length: >= 4 } && (lower.Contains(localPart, StringComparison.Ordinal) || lower.Contains(email!.ToLowerInvariant(), StringComparison.Ordinal));
    }

    /// <summary>"aaaaaaaaaaaa", "abcabcabcabc", "121212121212".</summary>
    private static bool IsRepetition(string text)
    {
        for (var period = 1; period <= 4; period++)
        {
            if (text.Length % period == 0 && text.Length / period >= 3 && Enumerable.Range(0, text.Length).All(i => text[i] == text[i % period]))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("AllJapanTokyo.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }

        return set;
    }
}
