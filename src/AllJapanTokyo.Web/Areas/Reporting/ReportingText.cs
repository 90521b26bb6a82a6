using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Administration;
using AllJapanTokyo.Web.Areas.Reporting.Entry;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Areas.Reporting.Transfer;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Reporting;

/// <summary>The words for reporting's codes (roles, audit actions, rule and import problems, notices), through the one localiser; review states are CommonText's.</summary>
public static class ReportingText
{
    /// <summary>How a prefecture took part in an initiative.</summary>
    public static LocalizedString Of(this IStringLocalizer L, ParticipationRole role) => role switch
    {
        ParticipationRole.Host => L["開催地"],
        ParticipationRole.Exhibitor => L["出展"],
        ParticipationRole.Partner => L["連携先"],
        ParticipationRole.Participant => L["参加"],
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>
    /// The one word for where a report stands, on every page that names it (list, form, completeness); a status that is
    /// a review state reads as that state does on the results pages (「下書き」「差戻し」「提出済み（審査中）」「承認済み」).
    /// </summary>
    public static LocalizedString Of(this IStringLocalizer L, ReportStatus status) => status switch
    {
        ReportStatus.NotStarted => L["未着手"],
        ReportStatus.Overdue => L["遅延"],
        ReportStatus.Draft => L.Of(ReviewState.Draft),
        ReportStatus.Returned => L.Of(ReviewState.Returned),
        ReportStatus.Submitted => L.Of(ReviewState.Submitted),
        ReportStatus.Approved => L.Of(ReviewState.Approved),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static LocalizedString Of(this IStringLocalizer L, AuditAction action) => action switch
    {
        AuditAction.ValueChanged => L["値の変更"],
        AuditAction.StatusChanged => L["実施状況の変更"],
        AuditAction.Submitted => L["提出"],
        AuditAction.Returned => L["差戻し"],
        AuditAction.Approved => L["承認"],
        AuditAction.LockExceptionOpened => L["入力期間の例外"],
        AuditAction.Imported => L["CSV取込"],
        AuditAction.ReopeningRequested => L["入力再開の要請"],
        AuditAction.ComputedFigureAccepted => L["算出値の採用"],
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static LocalizedString Of(this IStringLocalizer L, ReportingProblem problem) => problem switch
    {
        ReportingProblem.NotANumber => L.Of(NumberProblem.NotANumber, ValidationRules.MaxValue),
        ReportingProblem.Negative => L.Of(NumberProblem.Negative, ValidationRules.MaxValue),
        ReportingProblem.NotWhole => L.Of(NumberProblem.NotWhole, ValidationRules.MaxValue),
        ReportingProblem.TooLarge p => L.Of(NumberProblem.TooLarge, p.Max),
        ReportingProblem.QualifierNotInList => L["数値の区分を選択肢から選んでください。"],
        ReportingProblem.CommentTooLong p => L["コメントは{0}文字以内で入力してください。", Display.Number((long)p.MaxLength)],
        ReportingProblem.StatusNotInList => L["実施状況を選択肢から選んでください。"],
        ReportingProblem.StatusRequired => L["実施状況を選択してください。"],
        ReportingProblem.ReasonRequired => L["中止・未実施の場合は理由を入力してください。"],
        ReportingProblem.ReasonTooLong p => L["理由は{0}文字以内で入力してください。", Display.Number((long)p.MaxLength)],
        ReportingProblem.FiguresForMissingActivity => L["中止・未実施の年度は実績値を空欄にしてください（0は入力しません）。"],
        ReportingProblem.SubsetWithoutTotal => L["うちオンラインを入力した場合は合計も入力してください。"],
        ReportingProblem.SubsetExceedsTotal => L["うちオンラインは合計以下にしてください。"],
        ReportingProblem.CitiesWithoutPrefectures => L["参加市数がある場合は参加都道府県数も入力してください。"],
        ReportingProblem.TooManyPrefectures p => L["都道府県の数は{0}以下です。", p.Max],
        ReportingProblem.AboveTenTimesPreviousYear p => L["要確認：前年度の承認済みの値（{0}）の10倍を超えています。提出するには、この値のコメントに理由を書いてください。", Display.Number(p.Previous)],
        ReportingProblem.BelowTenthOfPreviousYear p => L["要確認：前年度の承認済みの値（{0}）の10分の1未満です。提出するには、この値のコメントに理由を書いてください。", Display.Number(p.Previous)],
        ReportingProblem.MeetingsWithoutExhibitors => L["商談数がありますが出展企業・団体数が空欄または0です。要確認。"],
        ReportingProblem.OutsideHistory p => L["要確認：これまでの実績（{0}〜{1}）の範囲外です。", Display.Number(p.Min), Display.Number(p.Max)],
        ReportingProblem.FiguresMissing => L["提出の前にすべての実績値を入力してください。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>
    /// A finding as the form's summary says it, naming its field: 「出展企業・団体数（うちオンライン）：うちオンラインは合計以下に
    /// してください。」; a finding on the whole report is said alone.
    /// </summary>
    public static string Summary(this IStringLocalizer L, RuleFinding finding, IEnumerable<FormField> fields)
    {
        var field = finding.FieldKey switch
        {
            null => null,
            FieldKeys.ActivityStatus => L["実施状況"].Value,
            FieldKeys.ActivityReason => L["中止・未実施の理由"].Value,
            var key => fields.FirstOrDefault(f => f.Key == key) is { } found ? L.IndicatorLabel(found.Label, found.OnlinePart) : null,
        };
        return field is null ? L.Of(finding.Problem).Value : L["{0}：{1}", field, L.Of(finding.Problem)].Value;
    }

    public static LocalizedString Of(this IStringLocalizer L, ImportIssue issue) => issue switch
    {
        ImportIssue.NoFile => L["CSVファイルを選択してください。"],
        ImportIssue.FileTooLarge i => L["ファイルが大きすぎます（{0}MBまで）。", i.MaxMegabytes],
        ImportIssue.NotUtf8 => L["文字コードはUTF-8にしてください。"],
        ImportIssue.Empty => L["CSVが空です。"],
        ImportIssue.WrongHeader i => L["見出し行は「{0}」にしてください。", i.Columns],
        ImportIssue.TooManyLines i => L["一度に取り込めるのは{0}行までです。", Display.Number((long)i.Max)],
        ImportIssue.WrongFieldCount i => L["この行は{0}列です（{1}列必要です）。コメントにカンマを含めるときは、コメントを二重引用符で囲んでください。", i.Fields, i.Expected],
        ImportIssue.FiscalYearNotAYear => L["fiscal_year は西暦の年度（例：2020）で入力してください。"],
        ImportIssue.FormatNotOnline => L["format は空欄または online にしてください。"],
        ImportIssue.UnknownPrefecture i => L["都道府県コード「{0}」はありません。", i.Code],
        ImportIssue.NotYourPrefecture => L["自分の都道府県以外の行は取り込めません。"],
        ImportIssue.NotPrefectureStaff => L["都道府県の値は、その都道府県の担当者だけが入力・取り込みできます。"],
        ImportIssue.NotAssigned i => L["{0}の施策「{1}」の報告は、この都道府県に割り当てられていません。", Display.FiscalYearLabel(i.FiscalYear), i.Initiative],
        ImportIssue.NotEditable i => L["この報告は「{0}」のため変更できません。", L.Of(i.State)],
        ImportIssue.EntryClosed i => L["{0}の入力期間は終了しています。", Display.FiscalYearLabel(i.FiscalYear)],
        ImportIssue.NotOnForm i => L["指標「{0}」はこの施策の報告様式にありません。", i.Indicator],
        ImportIssue.NoOnlinePart i => L["指標「{0}」はオンライン分を報告しません。", i.Indicator],
        ImportIssue.Duplicate => L["同じ値が前の行にもあります。"],
        ImportIssue.QualifierNotACode => L["qualifier は空欄・exact・at_least・approx のいずれかにしてください。"],
        ImportIssue.StatusNotACode => L["status は空欄・held・cancelled・not_held のいずれかにしてください。"],
        ImportIssue.StatusesDiffer => L["同じ報告の行で status が異なります。"],
        ImportIssue.Rule { Column: { } column } i => L["{0}：{1}", column, L.Of(i.Problem)],
        ImportIssue.Rule i => L.Of(i.Problem),
        ImportIssue.Conflict => L["取り込み中に別の人が報告を保存しました。何も書き込まれていません。もう一度お試しください。"],
        _ => throw new ArgumentOutOfRangeException(nameof(issue)),
    };

    public static LocalizedString Of(this IStringLocalizer L, FormNotice notice) => notice switch
    {
        FormNotice.Saved => L["下書きを保存しました。"],
        FormNotice.Submitted => L["提出しました。東京都の審査をお待ちください。"],
        FormNotice.Approved => L["承認しました。値は確定され、公開されます。"],
        FormNotice.Returned => L["コメントを付けて差し戻しました。"],
        FormNotice.EntryReopened => L["入力期間の例外を設定しました。"],
        FormNotice.ReopeningRequested => L["入力期間の再開を東京都に求めました。東京都の担当者に通知されています。"],
        FormNotice.Invalid => L["入力内容に誤りがあります。保存されていません。"],
        FormNotice.SavedMeanwhile => L.SavedMeanwhile(),
        FormNotice.NotEditable => L["この報告は現在編集できません。入力内容は保存されていません。"],
        FormNotice.CommentRequired => L["差し戻す場合はコメント（{0}文字以内）を入力してください。", Display.Number((long)ReportSubmission.CommentMaxLength)],
        FormNotice.RequestReasonTooLong => L["再開を求める理由は{0}文字以内で入力してください。", Display.Number((long)ReportSubmission.CommentMaxLength)],
        FormNotice.ChangedMeanwhile => L["この報告は、あなたが開いた後に変更されました。内容を確認してからもう一度操作してください。"],
        FormNotice.NotAllowedNow => L["この報告は現在この操作ができない状態です。"],
        _ => throw new ArgumentOutOfRangeException(nameof(notice)),
    };

    public static LocalizedString Of(this IStringLocalizer L, AdminNotice notice) => notice switch
    {
        AdminNotice.FormUpdated => L["報告様式を更新しました。"],
        AdminNotice.AssignmentsUpdated n => L["割当てを更新しました（追加{0}件、削除{1}件、入力済みのため残した報告{2}件）。", n.Added, n.Removed, n.Kept],
        _ => throw new ArgumentOutOfRangeException(nameof(notice)),
    };

    /// <summary>Bootstrap badge classes of a report's status; the status is always written out too, never told by colour alone.</summary>
    public static string BadgeClass(this ReportStatus status) => status switch
    {
        ReportStatus.Approved => "text-bg-success",
        ReportStatus.Returned or ReportStatus.Overdue => "text-bg-danger",
        ReportStatus.Submitted => "text-bg-primary",
        ReportStatus.Draft => "text-bg-info",
        _ => "text-bg-secondary",
    };

    /// <summary>Bootstrap badge classes; the state is always written out too, never told by colour alone.</summary>
    public static string BadgeClass(this ReviewState state) => state switch
    {
        ReviewState.Approved => "text-bg-success",
        ReviewState.Returned => "text-bg-danger",
        ReviewState.Submitted => "text-bg-primary",
        _ => "text-bg-secondary",
    };
}
