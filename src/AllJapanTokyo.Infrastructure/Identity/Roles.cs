namespace AllJapanTokyo.Infrastructure.Identity;

/// <summary>The role names, in one place (the web layer words them for people). Policies are in <see cref="Policies"/>.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string TokyoOfficial = nameof(TokyoOfficial);
    public const string PrefectureStaff = nameof(PrefectureStaff);
    public const string BuyerStaff = nameof(BuyerStaff);
    public const string Enterprise = nameof(Enterprise);
    public const string Coordinator = nameof(Coordinator);

    /// <summary>The operator of a fair or business meeting, managing the events delegated to it.</summary>
    public const string EventOrganizer = nameof(EventOrganizer);

    /// <summary>A Tokyo designer (person or company) matched with textile regions and craft makers.</summary>
    public const string Designer = nameof(Designer);

    /// <summary>A traditional-craft maker (craftsperson or workshop) taking part in the crafts measure.</summary>
    public const string Maker = nameof(Maker);

    /// <summary>The operator of the SME collaboration fund, keeping the records of the fund it is bound to.</summary>
    public const string FundOperator = nameof(FundOperator);

    public static readonly IReadOnlyList<string> All = [Administrator, TokyoOfficial, PrefectureStaff, BuyerStaff, Enterprise, Coordinator, EventOrganizer, Designer, Maker, FundOperator];
}

/// <summary>Authorization policy names used with [Authorize(Policy = …)].</summary>
public static class Policies
{
    /// <summary>Anyone who reports or reviews fiscal-year results.</summary>
    public const string Reporting = nameof(Reporting);

    /// <summary>Tokyo officials and administrators.</summary>
    public const string TokyoStaff = nameof(TokyoStaff);

    public const string Administration = nameof(Administration);
}
