using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Reporting.Notifications;

/// <summary>The report a notification is about, named in four languages, with the path of its form (made from its route).</summary>
public sealed record ReportFacts(int FiscalYear, string Initiative, LocalizedText InitiativeTitle, LocalizedText PrefectureName, string FormPath);

/// <summary>A hand-over of one report (one prefecture, initiative and fiscal year), leading to its form.</summary>
public abstract record ReportNotification(ReportFacts Report) : NotificationMessage
{
    public override string LinkPath => Report.FormPath;

    protected string Prefecture => Report.PrefectureName.Local();

    protected string Year => Display.FiscalYearLabel(Report.FiscalYear);

    /// <summary>「令和2年度の施策「2-3 …」」 as the texts below name the report, in the reader's language.</summary>
    protected string Measure(IStringLocalizer L) => L["{0}の施策「{1} {2}」", Year, Report.Initiative, Report.InitiativeTitle.Local()].Value;
}

/// <summary>To Tokyo's reviewers: a prefecture submitted its report.</summary>
[NotificationKind("reporting.submitted")]
public sealed record ReportSubmittedNotification(ReportFacts Report) : ReportNotification(Report)
{
    public override NotificationText Text(IStringLocalizer L) => new(
        L["【実績報告】{0}から提出：{1} {2}", Prefecture, Year, Report.Initiative].Value,
        L["{0}が{1}の実績報告を提出しました。前回の提出からの変更を確認して、承認するか差し戻してください。", Prefecture, Measure(L)].Value);
}

/// <summary>To the prefecture's staff: Tokyo returned the report, with the reviewer's comment.</summary>
[NotificationKind("reporting.returned")]
/// <param name="Comment">The reviewer's comment, as written (in Japanese).</param>
public sealed record ReportReturnedNotification(ReportFacts Report, string Comment) : ReportNotification(Report)
{
    public override NotificationText Text(IStringLocalizer L) => new(
        L["【実績報告】差戻し：{0} {1}", Year, Report.Initiative].Value,
        L["{0}の実績報告が東京都から差し戻されました。コメントを確認して修正し、もう一度提出してください。", Measure(L)].Value + "\n" + L["コメント：{0}", Comment].Value);
}

/// <summary>To the prefecture's staff: Tokyo approved the report; its values are locked and published.</summary>
[NotificationKind("reporting.approved")]
public sealed record ReportApprovedNotification(ReportFacts Report) : ReportNotification(Report)
{
    public override NotificationText Text(IStringLocalizer L) => new(
        L["【実績報告】承認：{0} {1}", Year, Report.Initiative].Value,
        L["{0}の実績報告を東京都が承認しました。値は確定し、公開されます。", Measure(L)].Value);
}

/// <summary>To the prefecture's staff: Tokyo re-opened entry after the window closed (a lock exception), until a new deadline.</summary>
[NotificationKind("reporting.reopened")]
public sealed record ReportReopenedNotification(ReportFacts Report, DateTime UntilUtc) : ReportNotification(Report)
{
    public override NotificationText Text(IStringLocalizer L) => new(
        L["【実績報告】入力の再開：{0} {1}", Year, Report.Initiative].Value,
        L["{0}の実績報告は、東京都が入力を再開したため、{1}まで入力・提出できます。", Measure(L), Display.JapanTime(UntilUtc)].Value);
}

/// <summary>To Tokyo's reviewers: a prefecture asks for entry to be re-opened on a closed report.</summary>
[NotificationKind("reporting.reopening-requested")]
/// <param name="Reason">Why, as the staff member wrote it (in Japanese); null when no reason was given.</param>
public sealed record ReopeningRequestedNotification(ReportFacts Report, string? Reason) : ReportNotification(Report)
{
    public override NotificationText Text(IStringLocalizer L)
    {
        var body = L["{0}が{1}の実績報告について、入力期間の再開を求めています。再開する場合は、報告の画面で入力期間の例外を設定してください。", Prefecture, Measure(L)].Value;
        return new(
            L["【実績報告】入力再開の要請：{0} {1} {2}", Prefecture, Year, Report.Initiative].Value,
            Reason is null ? body : body + "\n" + L["理由：{0}", Reason].Value);
    }
}
