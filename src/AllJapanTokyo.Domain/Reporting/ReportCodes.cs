using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Reporting;

/// <summary>
/// The codes a report's form and its CSV give for the activity status ("held", "cancelled", "not_held") and for the
/// precision of a figure ("", "exact", "at_least", "approx"): read in this one place.
/// </summary>
public static class ReportCodes
{
    /// <summary>The statuses a report may give, in the order the form offers them. "Ongoing" is not a year's result.</summary>
    public static IReadOnlyList<ActivityStatus> ReportedStatuses { get; } = [ActivityStatus.Held, ActivityStatus.Cancelled, ActivityStatus.NotHeld];

    /// <summary>A status a report may give; false for an empty, unknown or not reportable code.</summary>
    public static bool TryParseStatus(string? code, out ActivityStatus status)
    {
        var trimmed = code?.Trim();
        foreach (var candidate in ReportedStatuses)
        {
            if (candidate.ToCode() == trimmed)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>The precision of a figure; empty means exact.</summary>
    public static bool TryParseQualifier(string? code, out ValueQualifier qualifier)
    {
        try
        {
            qualifier = EnumCodes.ParseQualifier(code);
            return true;
        }
        catch (FormatException)
        {
            qualifier = ValueQualifier.Exact;
            return false;
        }
    }
}
