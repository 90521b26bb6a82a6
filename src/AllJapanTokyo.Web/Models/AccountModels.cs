using System.ComponentModel.DataAnnotations;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Identity;

namespace AllJapanTokyo.Web.Models;

public sealed class LoginInput
{
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません。")]
    [Display(Name = "メールアドレス")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "パスワードを入力してください。")]
    [DataType(DataType.Password)]
    [Display(Name = "パスワード")]
    public string Password { get; set; } = "";

    [Display(Name = "ログイン状態を保持する")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>A password chosen by someone creating their account (registration, invitation), typed twice.</summary>
public abstract class NewPasswordInput
{
    public const int MinPasswordLength = 12;

    public const int MaxPasswordLength = 128;

    [Required(ErrorMessage = "パスワードを入力してください。")]
    [StringLength(MaxPasswordLength, MinimumLength = MinPasswordLength, ErrorMessage = "パスワードは{2}文字以上{1}文字以内で入力してください。")]
    [DataType(DataType.Password)]
    [Display(Name = "パスワード")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "確認用パスワードを入力してください。")]
    [Compare(nameof(Password), ErrorMessage = "パスワードと確認用パスワードが一致しません。")]
    [DataType(DataType.Password)]
    [Display(Name = "パスワード（確認）")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>SME self-registration: the person's account and the company it acts for.</summary>
public sealed class RegisterInput : NewPasswordInput
{
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません。")]
    [StringLength(AppUser.MaxEmailLength, ErrorMessage = "メールアドレスは{1}文字以内で入力してください。")]
    [Display(Name = "メールアドレス")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "担当者名を入力してください。")]
    [StringLength(AppUser.MaxDisplayNameLength, ErrorMessage = "担当者名は{1}文字以内で入力してください。")]
    [Display(Name = "担当者名")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "法人番号を入力してください。")]
    [Display(Name = "法人番号（13桁）")]
    public string CorporateNumber { get; set; } = "";

    [Required(ErrorMessage = "企業名を入力してください。")]
    [StringLength(Enterprise.MaxNameLength, ErrorMessage = "企業名は{1}文字以内で入力してください。")]
    [Display(Name = "企業名")]
    public string CompanyName { get; set; } = "";

    [StringLength(Enterprise.MaxNameLength, ErrorMessage = "企業名（カナ）は{1}文字以内で入力してください。")]
    [Display(Name = "企業名（カナ）")]
    public string? CompanyNameKana { get; set; }

    [Required(ErrorMessage = "所在都道府県を選択してください。")]
    [Display(Name = "所在都道府県")]
    public string PrefectureCode { get; set; } = "";

    [Required(ErrorMessage = "業種を選択してください。")]
    [Display(Name = "業種（日本標準産業分類・大分類）")]
    public string JsicMajorGroup { get; set; } = "";

    [Display(Name = "卸売業・小売業のうち小売業")]
    public bool IsRetail { get; set; }

    /// <summary>The capital as typed (「２，５００万」, "25,000,000円"); read by the one rule for numbers (TypedNumber) in RegistrationService.</summary>
    [Required(ErrorMessage = "資本金を入力してください。")]
    [Display(Name = "資本金（円）")]
    public string? CapitalYen { get; set; }

    /// <summary>The number of regular employees as typed; read as a whole count by TypedNumber in RegistrationService.</summary>
    [Required(ErrorMessage = "従業員数を入力してください。")]
    [Display(Name = "常時使用する従業員数")]
    public string? Employees { get; set; }

    [StringLength(Enterprise.MaxAddressLength, ErrorMessage = "所在地は{1}文字以内で入力してください。")]
    [Display(Name = "所在地（都道府県以降）")]
    public string? Address { get; set; }

    [StringLength(Enterprise.MaxCapabilitiesLength, ErrorMessage = "対応可能な業務は{1}文字以内で入力してください。")]
    [Display(Name = "対応可能な業務")]
    public string? Capabilities { get; set; }

    [StringLength(Enterprise.MaxCertificationsLength, ErrorMessage = "認証・資格は{1}文字以内で入力してください。")]
    [Display(Name = "認証・資格（ISO 9001、経営革新計画など）")]
    public string? Certifications { get; set; }

    [StringLength(Enterprise.MaxPrTextLength, ErrorMessage = "PR文は{1}文字以内で入力してください。")]
    [Display(Name = "PR文")]
    public string? PrText { get; set; }

    /// <summary>An optional logo (PNG, JPEG, GIF or WebP, checked by content, at most 2 MB).</summary>
    [Display(Name = "ロゴ画像")]
    public IFormFile? Logo { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "利用規約への同意が必要です。")]
    [Display(Name = "利用規約とプライバシーポリシーに同意する")]
    public bool AcceptTerms { get; set; }
}

/// <summary>The form a colleague fills in after opening an invitation link.</summary>
public sealed class AcceptInvitationInput : NewPasswordInput
{
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "お名前を入力してください。")]
    [StringLength(AppUser.MaxDisplayNameLength, ErrorMessage = "お名前は{1}文字以内で入力してください。")]
    [Display(Name = "お名前")]
    public string DisplayName { get; set; } = "";
}

/// <summary>The invitation page: the company's name is Japanese content, shown as written.</summary>
public sealed record AcceptInvitationViewModel(AcceptInvitationInput Input, string Email, string EnterpriseName);

public sealed record ConfirmEmailViewModel(string UserId, string Code, string? Email);

/// <summary>The account page: roles as their codes, the bindings by name (organisation and company names are content).</summary>
public sealed record AccountViewModel(
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    LocalizedText? Prefecture,
    string? OrganizationNameJa,
    string? OrganizationNameEn,
    string? EnterpriseName,
    bool TwoFactorEnabled,
    string PreferredLanguage);

/// <summary>The second step of a sign-in: the authenticator's code, or a recovery code.</summary>
public sealed class LoginCodeInput
{
    public const int MaxCodeLength = 32;

    [Required(ErrorMessage = "コードを入力してください。")]
    [StringLength(MaxCodeLength, ErrorMessage = "コードは{1}文字以内で入力してください。")]
    [Display(Name = "確認コード")]
    public string Code { get; set; } = "";

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>An address to mail a link to (a forgotten password, the confirmation again).</summary>
public sealed class EmailInput
{
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません。")]
    [StringLength(AppUser.MaxEmailLength, ErrorMessage = "メールアドレスは{1}文字以内で入力してください。")]
    [Display(Name = "メールアドレス")]
    public string Email { get; set; } = "";
}

/// <summary>Which mail the "if the address has an account, we sent a mail" page speaks of.</summary>
public enum MailSentKind
{
    PasswordReset,
    Confirmation,
}

/// <summary>The new password of a reset or account-setup link.</summary>
public sealed class SetPasswordInput : NewPasswordInput
{
    public string UserId { get; set; } = "";

    public string Code { get; set; } = "";
}

/// <summary>A signed-in person's new password, with the current one.</summary>
public sealed class ChangePasswordInput : NewPasswordInput
{
    [Required(ErrorMessage = "現在のパスワードを入力してください。")]
    [DataType(DataType.Password)]
    [Display(Name = "現在のパスワード")]
    public string CurrentPassword { get; set; } = "";
}

/// <summary>The enrolment page: the key as a QR code and as text, and the code typed to prove the app has it.</summary>
public sealed record MfaSetupViewModel(AllJapanTokyo.Web.Account.MfaEnrolment? Enrolment, AllJapanTokyo.Web.Account.MfaStatus Status, bool Forced)
{
    public string? Code { get; init; }
}
