using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;
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

/// <summary>To Tokyo's officials: a prefecture's staff applied for the PR corner for a municipality's event.</summary>
/// <param name="PrefectureJa">The applying prefecture's name (in Japanese, as the portal's prefecture list gives it).</param>
[NotificationKind("tourism.pr-corner-applied")]
public sealed record PrCornerAppliedNotification(string PrefectureJa, string MunicipalityJa, string TitleJa, DateOnly Date, PrCornerSlot Slot, string ReviewPath) : NotificationMessage
{
    public override string LinkPath => ReviewPath;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【全国観光ＰＲコーナー】利用申請がありました：{0}", TitleJa].Value,
        L["{0}（{1}）から「{2}」（{3}）の利用申請がありました。承認または不承認を決めてください。", MunicipalityJa, PrefectureJa, TitleJa, $"{Display.Date(Date)} {L.Of(Slot)}"].Value);
}

/// <summary>To Tokyo's officials: a partner prefecture's staff proposed a change to a stop of a model route.</summary>
[NotificationKind("tourism.stop-proposed")]
public sealed record RouteStopProposedNotification(string PrefectureJa, string StopJa, string EditorPath) : NotificationMessage
{
    public override string LinkPath => EditorPath;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【観光ルート】立ち寄り先の変更提案がありました：{0}", StopJa].Value,
        L["{0}の担当者から立ち寄り先「{1}」の変更が提案されました。採用するか、理由を添えて見送ってください。", PrefectureJa, StopJa].Value);
}

/// <summary>Who decides for Tokyo in this area: the officials (the same people the reporting workflow tells).</summary>
internal static class TourismOfficials
{
    public static Task<List<string>> IdsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (from user in db.Users
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join role in db.Roles on userRole.RoleId equals role.Id
         where role.Name == Roles.TokyoOfficial
         select user.Id).ToListAsync(cancellationToken);
}
