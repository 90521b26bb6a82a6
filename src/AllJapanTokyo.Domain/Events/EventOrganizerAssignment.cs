namespace AllJapanTokyo.Domain.Events;

/// <summary>
/// An event delegated to an organiser account (the operator of a fair manages it on the portal). Tokyo officials
/// organise every event without one.
/// </summary>
public class EventOrganizerAssignment
{
    public int Id { get; set; }

    public int EventId { get; init; }

    /// <summary>The organiser's account (Identity user id).</summary>
    public required string UserId { get; init; }
}
