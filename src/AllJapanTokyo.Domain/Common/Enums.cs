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
