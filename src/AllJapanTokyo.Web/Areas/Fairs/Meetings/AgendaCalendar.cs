using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Fairs.Meetings;

/// <summary>
/// A participant's agenda as an iCalendar file: one VEVENT per meeting in Japan time (TZID Asia/Tokyo with its
/// VTIMEZONE), whose UID names the meeting only, so that both partners' calendars hold the same event and a calendar
/// that imports the file again updates the meeting rather than adding it twice.
/// </summary>
public static class AgendaCalendar
{
    public const string TimeZoneId = "Asia/Tokyo";

    public static string Uid(int meetingId, string host) => $"meeting-{meetingId}@{host}";

    public static string Write(AgendaViewModel agenda, string host, DateTime stampUtc, IStringLocalizer L)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddTimeZone(new VTimeZone(TimeZoneId));
        foreach (var item in agenda.Items)
        {
            var startLocal = item.Session.Date.ToDateTime(item.Session.SlotStart(item.Slot));
            var where = item.Session.IsOnline ? item.Session.OnlineLink : item.Table is { } table ? L["{0}（{1}番テーブル）", agenda.Venue ?? agenda.EventName, table].Value : agenda.Venue;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(item.MeetingId, host),
                DtStamp = new CalDateTime(stampUtc, "UTC"),
                DtStart = new CalDateTime(startLocal, TimeZoneId),
                DtEnd = new CalDateTime(startLocal.AddMinutes(item.Session.SlotMinutes), TimeZoneId),
                Summary = L["商談：{0}", item.PartnerName].Value,
                Location = where,
                Description = (agenda.IsFinal ? L["{0}（確定）", agenda.EventName] : L["{0}（仮の予定）", agenda.EventName]).Value,
                Status = agenda.IsFinal ? "CONFIRMED" : "TENTATIVE",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
