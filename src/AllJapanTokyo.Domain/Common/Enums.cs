namespace AllJapanTokyo.Domain.Common;

/// <summary>How an event or activity was carried out.</summary>
public enum EventFormat
{
    InPerson,
    Online,
    Hybrid,
}

/// <summary>What happened to an event or activity in a fiscal year.</summary>
public enum ActivityStatus
{
    Held,
    Cancelled,
    NotHeld,
    Ongoing,
}

public static class ActivityStatuses
{
    /// <summary>Cancelled (中止) or not held (実施せず): shown with its reason, never counted as a zero.</summary>
    public static bool DidNotTakePlace(this ActivityStatus? status) => status is ActivityStatus.Cancelled or ActivityStatus.NotHeld;

    public static bool DidNotTakePlace(this ActivityStatus status) => status is ActivityStatus.Cancelled or ActivityStatus.NotHeld;
}

/// <summary>How exact a reported figure is: 「以上」 (at least) and 「約」 (approx) are kept as the source states them.</summary>
public enum ValueQualifier
{
    Exact,
    AtLeast,
    Approx,
}

/// <summary>The portal area that owns an initiative.</summary>
public enum PortalArea
{
    Procurement,
    Fairs,
    Textiles,
    Crafts,
    Funds,
    Tourism,
    AntennaShops,
    General,
}
