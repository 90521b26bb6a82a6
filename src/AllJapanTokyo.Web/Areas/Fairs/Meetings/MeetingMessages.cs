using AllJapanTokyo.Web.Notifications;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs.Meetings;

/// <summary>The pages a meeting notification leads to (site-relative, no language prefix), as MeetingsController routes them.</summary>
public static class MeetingLinks
{
    public static string Mine(int eventId) => $"/fairs/events/{eventId}/meetings/mine";

    public static string Grid(int eventId) => $"/fairs/events/{eventId}/meetings";
}

/// <summary>Someone asked the participant for a meeting: accept or decline it on the agenda page.</summary>
[NotificationKind("meetings.requested")]
public sealed record MeetingRequested(int EventId, string EventName, string FromName) : NotificationMessage
{
    public override string LinkPath => MeetingLinks.Mine(EventId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【商談申込み】{0}", EventName],
        L["「{0}」で {1} から商談の申込みがありました。自分の予定のページで承諾するか辞退するかを選んでください。", EventName, FromName]);
}

/// <summary>A request was accepted (by the partner, or at once by the event), or declined.</summary>
[NotificationKind("meetings.decided")]
public sealed record MeetingRequestDecided(int EventId, string EventName, string PartnerName, bool Accepted, bool Automatically) : NotificationMessage
{
    public override string LinkPath => MeetingLinks.Mine(EventId);

    public override NotificationText Text(IStringLocalizer L) => Accepted
        ? new(L["【商談成立】{0}", EventName], Automatically
            ? L["「{0}」で {1} との商談が成立しました（この商談会は申込みを自動で承諾します）。時間と場所は主催者が決めて予定のページでお知らせします。", EventName, PartnerName]
            : L["「{0}」で {1} が商談の申込みを承諾しました。時間と場所は主催者が決めて予定のページでお知らせします。", EventName, PartnerName])
        : new(L["【商談辞退】{0}", EventName], L["「{0}」で {1} は商談の申込みを辞退しました。", EventName, PartnerName]);
}

/// <summary>Meetings of the participant were placed or moved: the agenda has changed.</summary>
[NotificationKind("meetings.scheduled")]
public sealed record MeetingsScheduled(int EventId, string EventName, int Count) : NotificationMessage
{
    public override string LinkPath => MeetingLinks.Mine(EventId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【商談予定】{0}", EventName],
        L["「{0}」の商談予定が変わりました（{1}件）。予定のページで時間と場所を確認してください。", EventName, Count]);
}

/// <summary>The organiser froze the agenda: it is final.</summary>
[NotificationKind("meetings.final")]
public sealed record MeetingAgendaFinal(int EventId, string EventName) : NotificationMessage
{
    public override string LinkPath => MeetingLinks.Mine(EventId);

    public override NotificationText Text(IStringLocalizer L) => new(
        L["【商談予定確定】{0}", EventName],
        L["「{0}」の商談予定が確定しました。予定のページで確認し、カレンダー（.ics）に取り込めます。", EventName]);
}
