using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>
/// The words for the enterprise codes: where a company stands in the operator's screening, as the company account, the
/// company's tender page and the administration show it, and why a corporate number, a capital, a number of employees, an
/// image or an invitation is refused.
/// </summary>
public static class EnterpriseText
{
    public static LocalizedString Of(this IStringLocalizer L, ScreeningStatus status) => status switch
    {
        ScreeningStatus.Pending => L["審査待ち"],
        ScreeningStatus.Approved => L["承認済み"],
        ScreeningStatus.Rejected => L["却下"],
        ScreeningStatus.Suspended => L["利用停止中"],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static LocalizedString Of(this IStringLocalizer L, CorporateNumberProblem problem) => problem switch
    {
        CorporateNumberProblem.Missing => L["法人番号を入力してください。"],
        CorporateNumberProblem.NotThirteenDigits => L["法人番号は13桁の半角数字で入力してください。"],
        CorporateNumberProblem.CheckDigitMismatch => L["法人番号のチェックデジットが一致しません。番号をご確認ください。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>「資本金：…」: the typed capital refused, in the shared words after the field's name (registration, company profile).</summary>
    public static string CapitalRefused(this IStringLocalizer L, NumberProblem problem) =>
        L["{0}：{1}", L["資本金"], L.Of(problem, Enterprise.MaxCapitalYen, money: true)].Value;

    /// <summary>「常時使用する従業員数：…」: the typed number of employees refused, in the shared words after the field's name.</summary>
    public static string EmployeesRefused(this IStringLocalizer L, NumberProblem problem) =>
        L["{0}：{1}", L["常時使用する従業員数"], L.Of(problem, Enterprise.MaxEmployees)].Value;

    public static LocalizedString Of(this IStringLocalizer L, EnterpriseImageProblem problem) => problem switch
    {
        EnterpriseImageProblem.NoFile => L["画像ファイルを選択してください。"],
        EnterpriseImageProblem.TooLarge => L["画像は{0}MB以下にしてください。", EnterpriseImage.MaxBytes / 1024 / 1024],
        EnterpriseImageProblem.NotAnImage => L["PNG・JPEG・GIF・WebP形式の画像のみ登録できます（ファイルの内容で判定します）。"],
        EnterpriseImageProblem.CaptionTooLong => L["説明は{0}文字以内で入力してください。", EnterpriseImage.MaxCaptionLength],
        EnterpriseImageProblem.TooManyPhotos => L["写真は{0}枚まで登録できます。不要な写真を削除してください。", EnterpriseImage.MaxPhotos],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, InvitationProblem problem) => problem switch
    {
        InvitationProblem.InvalidEmail => L["招待する方のメールアドレスを正しく入力してください。"],
        InvitationProblem.AlreadyRegistered => L["このメールアドレスは既にポータルに登録されています。"],
        InvitationProblem.DailyLimitReached => L["招待は1日{0}件までです。", EnterpriseInvitation.MaxPerDay],
        InvitationProblem.NotApproved => L["事務局の審査で承認された後に、同僚を招待できます。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };
}
