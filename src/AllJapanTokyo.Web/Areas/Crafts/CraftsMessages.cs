using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Crafts;

/// <summary>Tokyo selected an application to a call round, or declined it.</summary>
[NotificationKind("crafts.decided")]
public sealed record CraftApplicationDecided(int RoundId, string RoundTitle, bool Selected) : NotificationMessage
{
    public override string LinkPath => $"/crafts/rounds/{RoundId}";

    public override NotificationText Text(IStringLocalizer L) => Selected
        ? new(L["【選定】{0}", RoundTitle], L["「{0}」への応募が選定されました。チームの結成とマッチング商談会は募集のページでお知らせします。", RoundTitle])
        : new(L["【選定結果】{0}", RoundTitle], L["「{0}」への応募は、今回は選定されませんでした。ご応募ありがとうございました。", RoundTitle]);
}

/// <summary>Tokyo formed a development team the person belongs to.</summary>
[NotificationKind("crafts.team_formed")]
public sealed record CraftTeamFormed(int TeamId, string TeamName) : NotificationMessage
{
    public override string LinkPath => $"/crafts/teams/{TeamId}";

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【チーム結成】{0}", TeamName],
        L["開発チーム「{0}」のメンバーになりました。チームのページで1年間の計画を確認し、進み具合を報告してください。", TeamName]);
}

/// <summary>The product of the person's team was published.</summary>
[NotificationKind("crafts.product_published")]
public sealed record CraftProductPublished(int CollaborationId, string ProductName, string TeamName) : NotificationMessage
{
    public override string LinkPath => $"/crafts/collaborations/{CollaborationId}";

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【商品公開】{0}", ProductName],
        L["開発チーム「{0}」の商品「{1}」が公開されました。", TeamName, ProductName]);
}
