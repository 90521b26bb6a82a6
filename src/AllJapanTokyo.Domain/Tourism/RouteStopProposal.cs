namespace AllJapanTokyo.Domain.Tourism;

public enum RouteStopProposalState
{
    Proposed,
    Accepted,
    Declined,
}

/// <summary>
/// A change to a stop proposed by the staff of the prefecture the stop's day is in; Tokyo staff accept it (the stop
/// takes the proposed words and place) or decline it with a reason. It obeys the same <see cref="RouteStopRules"/> as
/// Tokyo's own edits, so a proposal without coordinates is never stored.
/// </summary>
public class RouteStopProposal
{
    public const int ReasonMaxLength = 1000;

    public int Id { get; set; }

    public int TouristRouteStopId { get; set; }

    public required string PrefectureCode { get; set; }

    public required string ProposedByUserId { get; set; }

    public required string NameJa { get; set; }

    public string? NameEn { get; set; }

    public string? WhatToSeeJa { get; set; }

    public string? AccessJa { get; set; }

    public string? TimeJa { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public RouteStopProposalState State { get; set; }

    public DateTime ProposedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DeclineReasonJa { get; set; }
}
