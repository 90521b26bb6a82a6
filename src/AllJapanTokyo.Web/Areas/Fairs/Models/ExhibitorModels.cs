using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Fairs.Models;

/// <summary>An event the portal runs, as its pages show it.</summary>
public sealed record RunEvent(
    int Id,
    string InitiativeCode,
    int FiscalYear,
    string NameJa,
    FairEventType Type,
    EventFormat? Format,
    string? VenueJa,
    string? OnlineUrl,
    PartialDate? Start,
    PartialDate? End,
    DateOnly? ApplicationOpensOn,
    DateOnly? ApplicationClosesOn,
    bool IsSynthetic,
    DateTime? ClosedAtUtc,
    IReadOnlyList<BoothCategoryRow> Categories,
    IReadOnlyList<PrefectureOption> Invited);

/// <summary>A booth category with how many of its booths are spoken for (selected or confirmed exhibitors).</summary>
public sealed record BoothCategoryRow(int Id, string Code, string NameJa, int Count, long? FeeYen, int Taken)
{
    public bool IsFull => Taken >= Count;
}

/// <summary>The company's application form: what it typed, kept when refused.</summary>
public sealed class ApplyForm
{
    public int? BoothCategoryId { get; set; }

    public string? ProductsJa { get; set; }

    public string? PrTextJa { get; set; }

    public bool IsOnline { get; set; }
}

/// <summary>The company's own application, as it sees it.</summary>
public sealed record OwnApplication(int Id, ApplicationStatus Status, string CategoryNameJa, string? BoothLabel, string ProductsJa, DateTime AppliedAtUtc);

public sealed record ApplyViewModel(
    RunEvent Event,
    string EnterpriseNameJa,
    bool EnterpriseApproved,
    bool WindowOpen,
    OwnApplication? Existing,
    ApplyForm Form,
    IReadOnlyDictionary<string, ApplicationProblem> Errors,
    bool Saved);

/// <summary>One application on the organiser's page.</summary>
public sealed record ApplicationRow(
    int Id,
    int EnterpriseId,
    string EnterpriseNameJa,
    PrefectureOption Prefecture,
    int CategoryId,
    string CategoryNameJa,
    string ProductsJa,
    ApplicationStatus Status,
    string? BoothLabel,
    PrefectureOption? RecommendedBy,
    bool IsOnline,
    Guid Version,
    IReadOnlyList<int> FreeBooths);

/// <summary>The organiser's page of an event: applications, booths, and what the last post did.</summary>
public sealed record ManageEventViewModel(
    RunEvent Event,
    IReadOnlyList<ApplicationRow> Applications,
    string? Done,
    ApplicationProblem? Problem,
    int? ProblemApplicationId,
    bool HasStarted,
    bool HasEnded)
{
    /// <summary>The organiser accounts the event is delegated to; shown to Tokyo officials, who delegate.</summary>
    public IReadOnlyList<AllJapanTokyo.Web.Areas.Fairs.Exhibitors.DelegatedOrganiser>? Organisers { get; init; }

    public AllJapanTokyo.Web.Areas.Fairs.Exhibitors.DelegationProblem? DelegationProblem { get; init; }

    public string? DelegateEmail { get; init; }
}

public sealed record ManagedEventRow(int Id, string NameJa, FairEventType Type, PartialDate? Start, PartialDate? End, int Applications, bool IsSynthetic, DateTime? ClosedAtUtc);

/// <summary>The printable booth list: every booth of every category, with its exhibitor or empty.</summary>
public sealed record BoothListViewModel(RunEvent Event, IReadOnlyList<BoothListRow> Booths);

public sealed record BoothListRow(string Label, string CategoryNameJa, string? ExhibitorNameJa, PrefectureOption? Prefecture, ApplicationStatus? Status);

/// <summary>A prefecture's page: the applications of its companies, which it may recommend.</summary>
public sealed record RecommendViewModel(RunEvent Event, PrefectureOption Prefecture, IReadOnlyList<ApplicationRow> Applications, bool Saved);

/// <summary>The public exhibitor directory's filter, as typed.</summary>
public sealed record DirectoryFilter(string? Prefecture, int? Category, string? Keyword);

/// <summary>
/// A confirmed exhibitor of an approved company, as the public may read it (<see cref="Exhibitors.ExhibitorService.PublicExhibitors"/>):
/// a class of init properties rather than a positional record, so that a query may go on narrowing it in the database.
/// </summary>
public sealed class PublicExhibitor
{
    public int Id { get; init; }

    public int EventId { get; init; }

    public int EnterpriseId { get; init; }

    public required string NameJa { get; init; }

    public string? NameKana { get; init; }

    public required string PrefectureCode { get; init; }

    public int BoothCategoryId { get; init; }

    public int? BoothNumber { get; init; }

    public required string ProductsJa { get; init; }

    public bool IsOnline { get; init; }

    /// <summary>The application or the company is demonstration data (架空).</summary>
    public bool IsSynthetic { get; init; }
}

public sealed record ExhibitorCard(int Id, string NameJa, PrefectureOption Prefecture, int CategoryId, string CategoryNameJa, string? BoothLabel, string ProductsJa, bool IsOnline);

public sealed record DirectoryViewModel(RunEvent Event, DirectoryFilter Filter, IReadOnlyList<PrefectureOption> Prefectures, IReadOnlyList<ExhibitorCard> Exhibitors, int Total);

public sealed record ExhibitorPageViewModel(RunEvent Event, ExhibitorCard Exhibitor, int EnterpriseId, string? PrTextJa, IReadOnlyList<ExhibitorImage> Images);

public sealed record ExhibitorImage(int Id, string? Caption);

/// <summary>The event form, as typed (kept when refused). Dates are yyyy-MM-dd from date inputs.</summary>
public sealed class EventForm
{
    public int? Id { get; set; }

    public string? InitiativeCode { get; set; }

    public FairEventType? Type { get; set; }

    public string? NameJa { get; set; }

    public string? VenueJa { get; set; }

    public EventFormat? Format { get; set; }

    public string? OnlineUrl { get; set; }

    public string? HostPrefectureCode { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }

    public string? ApplicationOpensOn { get; set; }

    public string? ApplicationClosesOn { get; set; }

    public List<BoothCategoryInput> Categories { get; set; } = [];

    public List<string> Invited { get; set; } = [];
}

public sealed class BoothCategoryInput
{
    public int? Id { get; set; }

    public string? Code { get; set; }

    public string? NameJa { get; set; }

    public string? Count { get; set; }

    public string? Fee { get; set; }
}

public sealed record EventFormViewModel(
    EventForm Form,
    IReadOnlyDictionary<string, AllJapanTokyo.Web.Areas.Fairs.Exhibitors.EventFormProblem> Errors,
    IReadOnlyList<FairsInitiative> Initiatives,
    IReadOnlyList<PrefectureOption> Prefectures);
