using AllJapanTokyo.Domain.Enterprises;
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
