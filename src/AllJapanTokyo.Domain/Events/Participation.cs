namespace AllJapanTokyo.Domain.Events;

public enum ParticipationRole
{
    Host,
    Exhibitor,
    Partner,
    Participant,
}

/// <summary>Who took part in what, from which prefecture: the raw material of the participation matrix.</summary>
public class Participation
{
    public int Id { get; set; }

    public required string InitiativeCode { get; set; }

    public int FiscalYear { get; set; }

    public required string PrefectureCode { get; set; }

    public int? EventId { get; set; }

    public Event? Event { get; set; }

    public int? EnterpriseId { get; set; }

    public int? OrganizationId { get; set; }

    public ParticipationRole Role { get; set; }

    public bool IsSynthetic { get; set; }
}
