using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Funds.Books;

/// <summary>To Tokyo's officials: the fund operator submitted a quarterly report.</summary>
[NotificationKind("funds.report-submitted")]
public sealed record FundReportSubmittedNotification(string FundNameJa, DateOnly QuarterEnd, string ReportPath) : NotificationMessage
{
    public override string LinkPath => ReportPath;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【ファンド】四半期報告の提出：{0}", Display.Date(QuarterEnd)].Value,
        L["「{0}」の運営事業者が{1}現在の四半期報告を提出しました。内容を確認して、承認するか差し戻してください。", FundNameJa, Display.Date(QuarterEnd)].Value);
}

/// <summary>To the fund's operators: Tokyo approved their quarterly report.</summary>
[NotificationKind("funds.report-approved")]
public sealed record FundReportApprovedNotification(string FundNameJa, DateOnly QuarterEnd, string ReportPath) : NotificationMessage
{
    public override string LinkPath => ReportPath;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【ファンド】四半期報告の承認：{0}", Display.Date(QuarterEnd)].Value,
        L["「{0}」の{1}現在の四半期報告を東京都が承認しました。", FundNameJa, Display.Date(QuarterEnd)].Value);
}

/// <summary>To the fund's operators: Tokyo returned their quarterly report, with the reason.</summary>
[NotificationKind("funds.report-returned")]
public sealed record FundReportReturnedNotification(string FundNameJa, DateOnly QuarterEnd, string Reason, string ReportPath) : NotificationMessage
{
    public override string LinkPath => ReportPath;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【ファンド】四半期報告の差戻し：{0}", Display.Date(QuarterEnd)].Value,
        L["「{0}」の{1}現在の四半期報告を東京都が差し戻しました。理由：{2}", FundNameJa, Display.Date(QuarterEnd), Reason].Value);
}
