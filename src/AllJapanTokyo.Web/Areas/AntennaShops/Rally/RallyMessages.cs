using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Rally;

/// <summary>The pages the rally's mails lead to (site-relative, without a language prefix), as the area's routes make them.</summary>
public static class RallyLinks
{
    /// <summary>A visitor's card of an edition (RallyController.Card).</summary>
    public static string Card(int editionId) => $"/antenna-shops/rally/{editionId}";

    /// <summary>The sign-in link of a light rally account (RallyController.SignInLink).</summary>
    public static string SignIn(string userId, string token, int editionId) =>
        $"/antenna-shops/rally/sign-in/link?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}&edition={editionId}";
}

/// <summary>A completed card was drawn: the visitor has won a prize.</summary>
[NotificationKind("antenna.prize")]
public sealed record RallyPrizeWonNotification(string EditionNameJa, int EditionId, int Rank) : NotificationMessage
{
    public override string LinkPath => RallyLinks.Card(EditionId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【当選】スタンプラリー「{0}」", EditionNameJa],
        L["スタンプラリー「{0}」の抽選で、あなたのカードが当選しました（{1}等）。賞品の受け取り方はカードのページをご覧ください。", EditionNameJa, Rank]);
}

/// <summary>The link that signs a visitor in to the stamp rally with an e-mail address alone.</summary>
[NotificationKind("antenna.rally-sign-in")]
public sealed record RallySignInNotification(string UserId, string Token, int EditionId) : NotificationMessage
{
    public override string LinkPath => RallyLinks.SignIn(UserId, Token, EditionId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["スタンプラリーへのログイン"],
        L["下のリンクを開くと、スタンプラリーにログインします。リンクは24時間、一度だけ使えます。心当たりがなければ、このメールは破棄してください。"]);
}
