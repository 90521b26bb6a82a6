using Microsoft.AspNetCore.Identity;

using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>Identity's messages in the reader's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer L) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), L["エラーが発生しました。"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), L["他の操作と競合しました。もう一度お試しください。"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), L["パスワードが正しくありません。"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), L["リンクが無効か、期限切れです。"]);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), L["このログインは既に使われています。"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), L["ユーザー名「{0}」は使用できません。", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), L["メールアドレス「{0}」の形式が正しくありません。", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), L["「{0}」は既に登録されています。", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), L["メールアドレス「{0}」は既に登録されています。", email]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), L["ロール名「{0}」は使用できません。", role ?? ""]);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), L["ロール「{0}」は既に存在します。", role]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), L["パスワードは既に設定されています。"]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), L["このユーザーはロックアウトが無効です。"]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), L["既にロール「{0}」に属しています。", role]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), L["ロール「{0}」に属していません。", role]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), L["パスワードは{0}文字以上にしてください。", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), L["パスワードには{0}種類以上の文字を使ってください。", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), L["記号を含めてください。"]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), L["数字を含めてください。"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), L["小文字を含めてください。"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), L["大文字を含めてください。"]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), L["リカバリーコードが正しくありません。"]);

    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description.Value };
}
