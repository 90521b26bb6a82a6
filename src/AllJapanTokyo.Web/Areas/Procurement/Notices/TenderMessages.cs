using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Notices;

/// <summary>The pages a tender's notifications lead to (site-relative, without a language prefix), as the area's routes make them.</summary>
public static class TenderLinks
{
    /// <summary>The public tender page (TendersController.Details).</summary>
    public static string Page(int tenderId) => $"/procurement/tenders/{tenderId}";

    /// <summary>The buyer's workspace of the tender (BuyerTendersController.Manage).</summary>
    public static string Workspace(int tenderId) => $"/procurement/mine/tenders/{tenderId}";
}

/// <summary>A question reached the buyer: its staff answer it in the workspace.</summary>
[NotificationKind("tender.question")]
public sealed record TenderQuestionAsked(int TenderId, string Reference, string Title) : NotificationMessage
{
    public override string LinkPath => TenderLinks.Workspace(TenderId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【質問】{0} {1}", Reference, Title],
        L["案件「{0}」（{1}）に質問が届きました。管理画面で回答してください。回答は案件のページで公開されます。", Title, Reference]);
}

/// <summary>An answer was published: to the asker, and to everyone who bid on or watches the tender.</summary>
[NotificationKind("tender.answer")]
public sealed record TenderQuestionAnswered(int TenderId, string Reference, string Title, bool ToAsker) : NotificationMessage
{
    public override string LinkPath => TenderLinks.Page(TenderId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【回答】{0} {1}", Reference, Title],
        ToAsker
            ? L["案件「{0}」（{1}）で貴社がした質問に、発注者が回答しました。回答は案件のページで公開されています。", Title, Reference]
            : L["案件「{0}」（{1}）の質問に、発注者の回答が公開されました。", Title, Reference]);
}

/// <summary>A public amendment (訂正公告): to bidders and watchers; a bidder whose bid predates a change of terms is told so.</summary>
[NotificationKind("tender.amended")]
public sealed record TenderAmended(int TenderId, string Reference, string Title, int Number, string Reason, bool BidPlacedBefore) : NotificationMessage
{
    public override string LinkPath => TenderLinks.Page(TenderId);

    public override NotificationText Text(IStringLocalizer L)
    {
        var body = L["案件「{0}」（{1}）の公告が訂正されました（第{2}回訂正）。訂正の内容は案件のページの変更履歴で確認できます。", Title, Reference, Number].Value
            + "\n" + L["訂正の理由: {0}", Reason].Value;
        if (BidPlacedBefore)
        {
            body += "\n" + L["貴社の入札は、日程・金額・資料の訂正より前に提出されたものです。内容をご確認のうえ、必要なら締切までに修正してください。"].Value;
        }

        return new(L["【訂正公告】{0} {1}", Reference, Title], body);
    }
}

[NotificationKind("tender.cancelled")]
public sealed record TenderCancelledNotice(int TenderId, string Reference, string Title, string Reason) : NotificationMessage
{
    public override string LinkPath => TenderLinks.Page(TenderId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【案件中止】{0} {1}", Reference, Title],
        L["案件「{0}」（{1}）は中止されました。", Title, Reference].Value + "\n" + L["中止の理由: {0}", Reason].Value);
}

/// <summary>How an award reads to each: the winner, the other bidders, the watchers who did not bid.</summary>
public enum AwardOutcome
{
    Won,
    NotWon,
    Watched,
}

[NotificationKind("tender.awarded")]
public sealed record TenderAwardedNotice(int TenderId, string Reference, string Title, AwardOutcome Outcome) : NotificationMessage
{
    public override string LinkPath => TenderLinks.Page(TenderId);

    public override NotificationText Text(IStringLocalizer L) => Outcome switch
    {
        AwardOutcome.Won => new(
            L["【落札】{0} {1}", Reference, Title],
            L["入札いただいた案件「{0}」（{1}）で、貴社が落札者に決定しました。発注者からの連絡をお待ちください。", Title, Reference]),
        AwardOutcome.NotWon => new(
            L["【入札結果】{0} {1}", Reference, Title],
            L["入札いただいた案件「{0}」（{1}）の落札者が決定しました。今回は貴社の入札は落札となりませんでした。", Title, Reference]),
        _ => new(
            L["【入札結果】{0} {1}", Reference, Title],
            L["ウォッチしている案件「{0}」（{1}）の落札者が決定しました。", Title, Reference]),
    };
}

[NotificationKind("tender.unsuccessful")]
public sealed record TenderUnsuccessfulNotice(int TenderId, string Reference, string Title) : NotificationMessage
{
    public override string LinkPath => TenderLinks.Page(TenderId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【入札結果】{0} 不調・不落", Reference],
        L["案件「{0}」（{1}）は、落札者なし（不調・不落）となりました。", Title, Reference]);
}

/// <summary>What a bid receipt confirms.</summary>
public enum BidReceiptKind
{
    Received,
    Revised,
    Withdrawn,
}

/// <summary>The bidder's receipt: the receipt number, the time in Japan, the tender and the amount.</summary>
[NotificationKind("tender.bid-receipt")]
public sealed record BidReceipt(int TenderId, string Reference, string Title, BidReceiptKind Receipt, string ReceiptNumber, DateTime AtUtc, long AmountYen, string? AttachmentFileName) : NotificationMessage
{
    public override string LinkPath => TenderLinks.Page(TenderId);

    public override NotificationText Text(IStringLocalizer L)
    {
        var subject = Receipt switch
        {
            BidReceiptKind.Received => L["【入札受付】{0} 受付番号 {1}", Reference, ReceiptNumber],
            BidReceiptKind.Revised => L["【入札修正】{0} 受付番号 {1}", Reference, ReceiptNumber],
            _ => L["【入札取り下げ】{0} 受付番号 {1}", Reference, ReceiptNumber],
        };
        var what = Receipt switch
        {
            BidReceiptKind.Received => L["案件「{0}」（{1}）への貴社の入札を受け付けました。", Title, Reference],
            BidReceiptKind.Revised => L["案件「{0}」（{1}）への貴社の入札の修正を受け付けました。", Title, Reference],
            _ => L["案件「{0}」（{1}）への貴社の入札の取り下げを受け付けました。", Title, Reference],
        };
        var lines = new List<string>
        {
            what.Value,
            L["受付番号: {0}", ReceiptNumber].Value,
            L["受付日時: {0}（日本時間）", Display.JapanTime(AtUtc)].Value,
            L["入札金額: {0}", Display.Yen(AmountYen)].Value,
        };
        if (AttachmentFileName is not null)
        {
            lines.Add(L["添付資料: {0}", AttachmentFileName].Value);
        }

        return new(subject, string.Join('\n', lines));
    }
}
