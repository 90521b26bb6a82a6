using System.Linq.Expressions;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Events;

/// <summary>
/// A dated fair, business meeting, festival or conference of an initiative, including those cancelled or
/// not held (with their reason, never shown as a zero).
/// </summary>
public class Event
{
    public int Id { get; set; }

    public required string InitiativeCode { get; set; }

    public int FiscalYear { get; set; }

    public required string NameJa { get; set; }

    public PartialDate? Start { get; set; }

    public PartialDate? End { get; set; }

    public string? VenueJa { get; set; }

    public string? HostPrefectureCode { get; set; }

    public EventFormat? Format { get; set; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Held;

    public string? CancelReasonJa { get; set; }

    public int? Exhibitors { get; set; }

    public int? BusinessMeetings { get; set; }

    public int? ParticipatingPrefectures { get; set; }

    public int? Visitors { get; set; }

    public string? PartnersJa { get; set; }

    public string? NoteJa { get; set; }

    public bool IsSynthetic { get; set; }

    public List<Participation> Participations { get; set; } = [];

    /// <summary>A real (not synthetic) event, whatever became of it: what public pages list, cancelled ones included.</summary>
    public static Expression<Func<Event, bool>> IsPublished { get; } = e => !e.IsSynthetic;

    /// <summary>A real event that took place (held or ongoing): an event held, and its host's part in the measure.</summary>
    public static Expression<Func<Event, bool>> TookPlace { get; } =
        e => !e.IsSynthetic && (e.Status == ActivityStatus.Held || e.Status == ActivityStatus.Ongoing);
}
