using Microsoft.AspNetCore.Identity;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>Identity's messages in Japanese, with the English after a slash.</summary>
public sealed class JapaneseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "エラーが発生しました。 / An error occurred.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "他の操作と競合しました。もう一度お試しください。 / Another change came first; please try again.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "パスワードが正しくありません。 / Incorrect password.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "リンクが無効か、期限切れです。 / The link is invalid or has expired.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "このログインは既に使われています。 / This login is already in use.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"ユーザー名「{userName}」は使用できません。 / User name '{userName}' is not valid.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"メールアドレス「{email}」の形式が正しくありません。 / '{email}' is not a valid e-mail address.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"「{userName}」は既に登録されています。 / '{userName}' is already registered.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"メールアドレス「{email}」は既に登録されています。 / '{email}' is already registered.");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"ロール名「{role}」は使用できません。 / Role '{role}' is not valid.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"ロール「{role}」は既に存在します。 / Role '{role}' already exists.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "パスワードは既に設定されています。 / The user already has a password.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "このユーザーはロックアウトが無効です。 / Lockout is not enabled for this user.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"既にロール「{role}」に属しています。 / Already in role '{role}'.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"ロール「{role}」に属していません。 / Not in role '{role}'.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"パスワードは{length}文字以上にしてください。 / The password must be at least {length} characters.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"パスワードには{uniqueChars}種類以上の文字を使ってください。 / Use at least {uniqueChars} different characters.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "記号を含めてください。 / Include a symbol.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "数字を含めてください。 / Include a digit.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "小文字を含めてください。 / Include a lower-case letter.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "大文字を含めてください。 / Include an upper-case letter.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "リカバリーコードが正しくありません。 / The recovery code is not valid.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
