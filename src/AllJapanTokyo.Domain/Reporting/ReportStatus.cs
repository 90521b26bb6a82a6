namespace AllJapanTokyo.Domain.Reporting;

/// <summary>
/// Where a report stands, in the one word every page shows it with (the report list, the form, completeness): its review
/// state, with a report awaiting entry told apart by whether anyone started it and whether its deadline has passed.
/// </summary>
public enum ReportStatus
{
    /// <summary>Nobody has saved anything yet, and entry is still possible.</summary>
    NotStarted,

    /// <summary>Saved at least once, not submitted, and entry is still possible.</summary>
    Draft,

    /// <summary>Returned by Tokyo with a comment, to be corrected and submitted again.</summary>
    Returned,

    /// <summary>Not submitted although entry has closed (and no lock exception re-opens it): only Tokyo can re-open it.</summary>
    Overdue,

    /// <summary>Submitted and awaiting Tokyo's review.</summary>
    Submitted,

    /// <summary>Approved by Tokyo: locked and published.</summary>
    Approved,
}
