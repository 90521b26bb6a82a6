using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>To the prefecture staff who applied: Tokyo approved or declined the PR corner for their municipality's event.</summary>
/// <param name="TitleJa">The event's title as the application gives it (in Japanese).</param>
[NotificationKind("tourism.pr-corner-decided")]
public sealed record PrCornerDecisionNotification(string TitleJa, DateOnly Date, PrCornerSlot Slot, bool Approved, string? ReasonJa, string MinePath) : NotificationMessage
{
    public override string LinkPath => MinePath;

    public override NotificationText Text(IStringLocalizer L)
    {
        var when = $"{Display.Date(Date)} {L.Of(Slot)}";
        return Approved
            ? new(L["【全国観光ＰＲコーナー】利用が承認されました：{0}", TitleJa].Value, L["{0}（{1}）の利用申請が承認されました。", TitleJa, when].Value)
            : new(L["【全国観光ＰＲコーナー】利用は承認されませんでした：{0}", TitleJa].Value, L["{0}（{1}）の利用申請は承認されませんでした。理由：{2}", TitleJa, when, ReasonJa ?? ""].Value);
    }
}

/// <summary>To the prefecture staff who proposed a change to a route's stop: Tokyo accepted or declined it.</summary>
/// <param name="StopJa">The stop's name as proposed (in Japanese).</param>
[NotificationKind("tourism.stop-proposal-decided")]
public sealed record RouteStopProposalDecidedNotification(string StopJa, bool Accepted, string? ReasonJa, string ProposalsPath) : NotificationMessage
{
    public override string LinkPath => ProposalsPath;

    public override NotificationText Text(IStringLocalizer L) => Accepted
        ? new(L["【観光ルート】立ち寄り先の変更が採用されました：{0}", StopJa].Value, L["提案した「{0}」の変更が採用され、公開ページに反映されました。", StopJa].Value)
        : new(L["【観光ルート】立ち寄り先の変更は採用されませんでした：{0}", StopJa].Value, L["提案した「{0}」の変更は採用されませんでした。理由：{1}", StopJa, ReasonJa ?? ""].Value);
}
