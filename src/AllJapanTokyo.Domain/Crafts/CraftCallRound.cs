namespace AllJapanTokyo.Domain.Crafts;

/// <summary>Which side of the matching an application comes from: makers and designers apply separately.</summary>
public enum CraftApplicantSide
{
    Maker,
    Designer,
}

/// <summary>
/// A call round of the crafts measure (「東京手仕事」): Tokyo opens it with a deadline, makers and designers apply
/// separately until then, and Tokyo selects among the applications.
/// </summary>
public class CraftCallRound
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;

    public int Id { get; set; }

    public int FiscalYear { get; set; }

    public required string TitleJa { get; set; }

    public string DescriptionJa { get; set; } = "";

    /// <summary>The last moment an application is accepted (UTC).</summary>
    public DateTime DeadlineUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>The event whose meeting programme holds the round's matching session (makers meet designers); null until Tokyo sets one.</summary>
    public int? MatchingEventId { get; set; }

    public List<CraftRoundApplication> Applications { get; set; } = [];

    public bool IsOpenAt(DateTime nowUtc) => nowUtc <= DeadlineUtc;
}

/// <summary>
/// An application to a call round, by a maker or by a designer (exactly one of the two). A designer shows a recent
/// product (text and image); Tokyo selects after the deadline.
/// </summary>
public class CraftRoundApplication
{
    public const int TextMaxLength = 2000;

    public int Id { get; set; }

    public int RoundId { get; set; }

    public int? MakerId { get; set; }

    public int? DesignerId { get; set; }

    public CraftApplicantSide Side => MakerId is null ? CraftApplicantSide.Designer : CraftApplicantSide.Maker;

    /// <summary>Why the maker or designer applies, what they hope to make.</summary>
    public required string StatementJa { get; set; }

    /// <summary>A designer's recent product, in words.</summary>
    public string RecentProductJa { get; set; } = "";

    public string? RecentProductImageType { get; set; }

    public byte[]? RecentProductImage { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>When Tokyo selected the application; null while not selected.</summary>
    public DateTime? SelectedAtUtc { get; set; }

    /// <summary>When Tokyo declined the application (not selected this time); null while undecided or selected.</summary>
    public DateTime? DeclinedAtUtc { get; set; }
}
