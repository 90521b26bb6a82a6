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
