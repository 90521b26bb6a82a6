using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Web.Areas.Admin.Models;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Admin;

/// <summary>
/// The words for the administration's codes, and the query-string code of a screening status or an outbox state. The
/// screening status's words are the enterprise's (EnterpriseText), shared with the company's own pages.
/// </summary>
public static class AdminText
{
    public static LocalizedString Of(this IStringLocalizer L, ScreeningProblem problem) => problem switch
    {
        ScreeningProblem.NotPendingOrRejected => L["審査待ちまたは却下の企業のみ承認できます。"],
        ScreeningProblem.NotPending => L["審査待ちの企業のみ却下できます。"],
        ScreeningProblem.NotApproved => L["承認済みの企業のみ利用停止にできます。"],
        ScreeningProblem.NotSuspended => L["利用停止中の企業のみ停止を解除できます。"],
        ScreeningProblem.ReasonMissing => L["理由を入力してください。理由は企業の代表者にメールで通知されます。"],
        ScreeningProblem.ReasonTooLong => L["理由は{0}文字以内で入力してください。", Enterprise.MaxReasonLength],
        ScreeningProblem.DecidedMeanwhile => L["この企業は、あなたが開いた後に他の担当者が審査したか、企業が登録内容を更新しました。最新の状態を確認してください。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>What the operator is told after a decision.</summary>
    public static LocalizedString Done(this IStringLocalizer L, ScreeningAction action) => action switch
    {
        ScreeningAction.Approve => L["承認し、企業に通知しました。"],
        ScreeningAction.Reject => L["却下し、理由を企業に通知しました。"],
        ScreeningAction.Suspend => L["利用を停止し、理由を企業に通知しました。"],
        ScreeningAction.Lift => L["利用停止を解除し、企業に通知しました。"],
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>The row label of a table in the overview's counts.</summary>
    public static LocalizedString Of(this IStringLocalizer L, CountedData data) => data switch
    {
        CountedData.Prefectures => L["都道府県（参照データ）"],
        CountedData.Initiatives => L["施策（参照データ）"],
        CountedData.IndicatorValues => L["実績値"],
        CountedData.Events => L["行事"],
        CountedData.Participations => L["参加記録"],
        CountedData.Enterprises => L["登録企業（企業アカウント）"],
        CountedData.Organizations => L["団体（発注者・自治体など）"],
        CountedData.Tenders => L["入札案件"],
        _ => throw new ArgumentOutOfRangeException(nameof(data)),
    };

    public static LocalizedString Of(this IStringLocalizer L, Users.UserAdminProblem problem) => problem switch
    {
        Users.UserAdminProblem.EmailTaken => L["このメールアドレスのアカウントは既にあります。"],
        Users.UserAdminProblem.RoleNotManaged => L["ロールを選択してください。"],
        Users.UserAdminProblem.PrefectureMissing => L["道府県職員には担当の道府県を選択してください。"],
        Users.UserAdminProblem.OrganizationMissing => L["発注者には所属団体を選択してください。"],
        Users.UserAdminProblem.RegionMissing => L["地域コーディネーターには担当地域を選択してください。"],
        Users.UserAdminProblem.RegionTaken => L["この地域には既にコーディネーターがいます。先にその方の担当を変更してください。"],
        Users.UserAdminProblem.ChangedMeanwhile => L["このアカウントは他の担当者が先に変更しました。最新の状態を確認してください。"],
        Users.UserAdminProblem.NotOnYourself => L["ご自身のアカウントの利用停止・ロール変更はできません。"],
        Users.UserAdminProblem.EnterpriseAccount => L["企業アカウントのロールと所属は企業登録・招待で決まります。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, AccountState state) => state switch
    {
        AccountState.Active => L["利用可"],
        AccountState.Unconfirmed => L["メール未確認"],
        AccountState.LockedOut => L["ロック中"],
        AccountState.Disabled => L["利用停止"],
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static LocalizedString Of(this IStringLocalizer L, SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignIn => L["ログイン"],
        SecurityEventKind.SignInFailed => L["ログイン失敗"],
        SecurityEventKind.LockedOut => L["ロック"],
        SecurityEventKind.SignOut => L["ログアウト"],
        SecurityEventKind.MfaEnrolled => L["2段階認証の設定"],
        SecurityEventKind.MfaReset => L["2段階認証のリセット"],
        SecurityEventKind.RecoveryCodeUsed => L["リカバリーコードの使用"],
        SecurityEventKind.RecoveryCodesRenewed => L["リカバリーコードの再発行"],
        SecurityEventKind.PasswordChanged => L["パスワードの変更"],
        SecurityEventKind.PasswordResetRequested => L["パスワード再設定の申込み"],
        SecurityEventKind.PasswordReset => L["パスワードの再設定"],
        SecurityEventKind.AccountCreated => L["アカウントの作成"],
        SecurityEventKind.RoleChanged => L["ロール・担当の変更"],
        SecurityEventKind.Disabled => L["利用停止"],
        SecurityEventKind.Enabled => L["利用再開"],
        SecurityEventKind.MfaConfirmationFailed => L["2段階認証の変更時の本人確認の失敗"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The status as the address carries it: ?status=pending.</summary>
    public static string Code(this ScreeningStatus status) => status.ToString().ToLowerInvariant();
    /// <summary>Where a mail of the outbox stands.</summary>
    public static LocalizedString Of(this IStringLocalizer L, OutboxState state) => state switch
    {
        OutboxState.Pending => L["送信待ち"],
        OutboxState.Sent => L["送信済み"],
        OutboxState.Failed => L["送信失敗"],
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ResendOutcome outcome) => outcome switch
    {
        ResendOutcome.Queued => L["メールを再送信の列に入れました。"],
        ResendOutcome.StillPending => L["このメールはまだ送信待ちのため、再送信できません。"],
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>A state of the administration's lists as the address carries it: ?status=pending, ?state=failed.</summary>
    public static string Code<TState>(this TState state) where TState : struct, Enum => state.ToString().ToLowerInvariant();

    public static TState? ParseCode<TState>(string? code) where TState : struct, Enum =>
        Enum.GetValues<TState>().Cast<TState?>().FirstOrDefault(s => s!.Value.Code() == code?.Trim().ToLowerInvariant());
}
