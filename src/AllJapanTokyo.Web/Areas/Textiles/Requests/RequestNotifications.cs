using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Textiles.Requests;

/// <summary>To the measure's coordinators (Tokyo officials): a designer submitted a request.</summary>
[NotificationKind("textiles.request-received")]
public sealed record DesignRequestReceivedNotification(int RequestId, string DesignerJa, string MaterialJa, string Path) : NotificationMessage
{
    public override string LinkPath => Path;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【産地との交流】デザイナーからの依頼：{0}", DesignerJa].Value,
        L["{0}さんから素材「{1}」の依頼がありました。内容を確認して、産地を紹介してください。", DesignerJa, MaterialJa].Value);
}

/// <summary>To the designer and the introduced regions' staff: the request took a step of the pipeline.</summary>
[NotificationKind("textiles.request-step")]
public sealed record DesignRequestStepNotification(int RequestId, RequestStage Stage, string MaterialJa, string Path) : NotificationMessage
{
    public override string LinkPath => Path;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【産地との交流】依頼「{0}」：{1}", MaterialJa, L.Of(Stage)].Value,
        L["依頼「{0}」の段階が「{1}」になりました。ポータルで内容を確認してください。", MaterialJa, L.Of(Stage)].Value);
}

/// <summary>To the designer and the coordinators: an introduced region answered.</summary>
[NotificationKind("textiles.region-answered")]
public sealed record RegionAnsweredNotification(int RequestId, string RegionJa, IntroductionAnswer Answer, string MaterialJa, string Path) : NotificationMessage
{
    public override string LinkPath => Path;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【産地との交流】{0}からの回答：{1}", RegionJa, L.Of(Answer)].Value,
        L["依頼「{0}」について、{1}が「{2}」と回答しました。", MaterialJa, RegionJa, L.Of(Answer)].Value);
}

/// <summary>To the other side of a request's conversation: a new message.</summary>
[NotificationKind("textiles.message")]
public sealed record RequestMessageNotification(int RequestId, string MaterialJa, string Path) : NotificationMessage
{
    public override string LinkPath => Path;

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【産地との交流】新しいメッセージ：{0}", MaterialJa].Value,
        L["依頼「{0}」に新しいメッセージが届きました。ポータルで読んで返信してください。", MaterialJa].Value);
}
