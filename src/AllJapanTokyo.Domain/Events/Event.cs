using System.Linq.Expressions;
using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Events;

/// <summary>The kinds of event the Fairs measures run on the portal.</summary>
public enum FairEventType
{
    /// <summary>出展ブース（見本市の東京・全国パビリオン）.</summary>
    FairPavilion,

    /// <summary>展示ゾーン（全国ゾーン、全国食品産業フェア）.</summary>
    ExhibitionZone,

    /// <summary>祭典のブース（ものづくり・匠の技の祭典）.</summary>
    FestivalBooth,

    /// <summary>商談会.</summary>
    BusinessMeeting,

    /// <summary>ニーズ発表会（医工連携）.</summary>
    NeedsPresentation,

    /// <summary>木材の展示会（モクコレ）.</summary>
    TimberFair,
}

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

    public const int MaxNameLength = 200;

    public const int MaxVenueLength = 300;

    public const int MaxOnlineUrlLength = 500;

    /// <summary>What kind of event the portal runs; null for the report's past events, which are only a record.</summary>
    public FairEventType? Type { get; set; }

    /// <summary>The meeting or streaming address of an online or hybrid event.</summary>
    public string? OnlineUrl { get; set; }

    /// <summary>The first day companies may apply to exhibit (Japan's calendar).</summary>
    public DateOnly? ApplicationOpensOn { get; set; }

    /// <summary>The last day companies may apply to exhibit, inclusive.</summary>
    public DateOnly? ApplicationClosesOn { get; set; }

    /// <summary>When the organiser closed the event and its figures were proposed; null while it runs.</summary>
    public DateTime? ClosedAtUtc { get; set; }

    public List<BoothCategory> BoothCategories { get; set; } = [];

    /// <summary>The prefectures whose companies may apply; none listed means every prefecture.</summary>
    public List<EventInvitedPrefecture> InvitedPrefectures { get; set; } = [];

    /// <summary>An event the portal runs (created here, with applications), as opposed to a record of the report.</summary>
    public bool IsRunOnPortal => Type is not null;

    /// <summary>Whether a company may apply on <paramref name="today"/> (Japan's date): within the window, not closed.</summary>
    public bool AcceptsApplicationsOn(DateOnly today) =>
        IsRunOnPortal && ClosedAtUtc is null
        && ApplicationOpensOn is { } opens && ApplicationClosesOn is { } closes && opens <= today && today <= closes;

    /// <summary>
    /// The organiser closes the event (on or after its first day; its figures are then proposed): it is held, and takes
    /// no more applications.
    /// </summary>
    public ApplicationProblem? Close(DateOnly today, DateTime nowUtc)
    {
        if (ClosedAtUtc is not null)
        {
            return ApplicationProblem.EventClosed;
        }

        if (!IsRunOnPortal || Start is null || Start.EarliestDay > today)
        {
            return ApplicationProblem.EventNotStarted;
        }

        ClosedAtUtc = nowUtc;
        Status = ActivityStatus.Held;
        return null;
    }

    /// <summary>The last day has passed and the organiser has not closed it yet.</summary>
    public bool AwaitsClosing(DateOnly today) => IsRunOnPortal && ClosedAtUtc is null && End is { } end && end.EarliestDay < today;

    /// <summary>Whether a company of <paramref name="prefectureCode"/> is invited.</summary>
    public bool Invites(string prefectureCode) =>
        InvitedPrefectures.Count == 0 || InvitedPrefectures.Exists(p => p.PrefectureCode == prefectureCode);

    /// <summary>A real (not synthetic) event, whatever became of it: what public pages list, cancelled ones included.</summary>
    public static Expression<Func<Event, bool>> IsPublished { get; } = e => !e.IsSynthetic;

    /// <summary>A real event that took place (held or ongoing): an event held, and its host's part in the measure.</summary>
    public static Expression<Func<Event, bool>> TookPlace { get; } =
        e => !e.IsSynthetic && (e.Status == ActivityStatus.Held || e.Status == ActivityStatus.Ongoing);
}
