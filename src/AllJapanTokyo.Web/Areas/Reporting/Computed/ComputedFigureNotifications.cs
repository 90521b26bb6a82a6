using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Reporting.Computed;

/// <summary>To Tokyo's reviewers: an area's work produced figures that await review.</summary>
/// <param name="SourceJa">How they were computed, as the source words it (in Japanese).</param>
[NotificationKind("reporting.computed-proposed")]
public sealed record ComputedFiguresProposedNotification(string SourceJa, int Count, string ReviewPath) : NotificationMessage
{
    public override string LinkPath => ReviewPath;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【実績報告】算出された実績値の確認：{0}件", Count].Value,
        L["ポータルでの活動から実績値が算出されました（{0}）。内容を確認して、採用するか却下してください。", SourceJa].Value);
}
