namespace AllJapanTokyo.Domain.Crafts;

/// <summary>The steps of a team's development year, in their order.</summary>
public enum CraftMilestoneKind
{
    Prototype,
    AdviserReview,
    Product,
    Exhibition,
}

/// <summary>
/// A development team formed from a call round's selected applications: one designer and one or more makers (possibly of
/// different crafts and prefectures), with a plan of milestones over the year.
/// </summary>
public class CraftTeam
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public int RoundId { get; set; }

    public required string NameJa { get; set; }

    public int DesignerId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When Tokyo recorded the team's development as finished; its product can then be published.</summary>
    public DateTime? FinishedAtUtc { get; set; }

    public bool IsSynthetic { get; set; }

    public List<CraftTeamMaker> Makers { get; set; } = [];

    public List<CraftMilestone> Milestones { get; set; } = [];
}

public class CraftTeamMaker
{
    public int TeamId { get; set; }

    public int MakerId { get; set; }
}

/// <summary>A milestone of a team's plan; the team reports its progress on it.</summary>
public class CraftMilestone
{
    public const int TextMaxLength = 2000;

    public int Id { get; set; }

    public int TeamId { get; set; }

    public CraftMilestoneKind Kind { get; set; }

    /// <summary>The month the step is due (the first of the month).</summary>
    public DateOnly DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string ProgressJa { get; set; } = "";

    public DateTime? ReportedAtUtc { get; set; }
}
