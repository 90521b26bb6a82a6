namespace AllJapanTokyo.Domain.Crafts;

/// <summary>Who designated a craft: the national minister (伝統的工芸品), the Governor of Tokyo (東京都伝統工芸品), or neither.</summary>
public enum CraftDesignation
{
    National,
    Tokyo,
    Other,
}

/// <summary>Why a craft, a maker's profile, a call round or an application is refused; the web layer words it.</summary>
public enum CraftProblem
{
    Required,
    TooLong,
    UnknownPrefecture,

    /// <summary>The designation is not national, tokyo or other.</summary>
    UnknownDesignation,

    /// <summary>The register already has a craft of this name in this prefecture.</summary>
    DuplicateName,

    UnknownCraft,
    ImageMissing,

    /// <summary>Over <see cref="CraftMakerImage.MaxBytes"/>.</summary>
    ImageTooLarge,

    /// <summary>The content is not PNG, JPEG, GIF or WebP, whatever the file claims.</summary>
    NotAnImage,

    TooManyImages,
    NotADate,

    /// <summary>The round's deadline has passed: applications are refused.</summary>
    DeadlinePassed,

    /// <summary>The maker or designer has already applied to this round.</summary>
    AlreadyApplied,

    /// <summary>A maker or designer applies with a profile; this account has none yet.</summary>
    NoProfile,

    /// <summary>Tokyo selects once the deadline has passed.</summary>
    RoundStillOpen,

    /// <summary>Only selected applications of the round form a team.</summary>
    NotSelected,

    /// <summary>The account is not a member of the team.</summary>
    NotYourTeam,

    /// <summary>A time is not typed as 「13:00」.</summary>
    NotATime,

    /// <summary>The round already has its matching session.</summary>
    MatchingAlreadySet,

    /// <summary>A matching session needs at least one selected maker and one selected designer.</summary>
    NothingToMatch,

    /// <summary>The session's hours do not hold one 15-minute talk (end before start, or too short).</summary>
    SessionTimesInvalid,
}

/// <summary>
/// A traditional craft of the register Tokyo staff keep: the national list (伝統的工芸品), Tokyo's list (東京都伝統工芸品)
/// and the other crafts the makers name. Nothing is invented: fields the sources do not give stay empty.
/// </summary>
public class Craft
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 1000;

    public int Id { get; set; }

    public required string NameJa { get; set; }

    /// <summary>The reading in hiragana (とうきょうくみひも), or empty where not checked.</summary>
    public string ReadingJa { get; set; } = "";

    public required string PrefectureCode { get; set; }

    public CraftDesignation Designation { get; set; }

    public string TechniquesJa { get; set; } = "";

    public string MaterialsJa { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>The problems of a craft's fields (already trimmed), by field name as the CSV names it.</summary>
    public static List<(string Field, CraftProblem Problem)> Problems(string nameJa, string readingJa, string prefectureCode, string designation, string techniquesJa, string materialsJa)
    {
        var problems = new List<(string, CraftProblem)>();
        if (nameJa.Length == 0)
        {
            problems.Add(("name_ja", CraftProblem.Required));
        }
        else if (nameJa.Length > NameMaxLength)
        {
            problems.Add(("name_ja", CraftProblem.TooLong));
        }

        if (readingJa.Length > NameMaxLength)
        {
            problems.Add(("reading_ja", CraftProblem.TooLong));
        }

        if (prefectureCode.Length == 0)
        {
            problems.Add(("prefecture_code", CraftProblem.Required));
        }
        else if (!(prefectureCode.Length == 2 && int.TryParse(prefectureCode, out var code) && code is >= 1 and <= 47))
        {
            problems.Add(("prefecture_code", CraftProblem.UnknownPrefecture));
        }

        if (ParseDesignation(designation) is null)
        {
            problems.Add(("designation", designation.Length == 0 ? CraftProblem.Required : CraftProblem.UnknownDesignation));
        }

        if (techniquesJa.Length > TextMaxLength)
        {
            problems.Add(("techniques_ja", CraftProblem.TooLong));
        }

        if (materialsJa.Length > TextMaxLength)
        {
            problems.Add(("materials_ja", CraftProblem.TooLong));
        }

        return problems;
    }

    /// <summary>national / tokyo / other as the CSV and the form write them.</summary>
    public static CraftDesignation? ParseDesignation(string value) => value.Trim().ToLowerInvariant() switch
    {
        "national" => CraftDesignation.National,
        "tokyo" => CraftDesignation.Tokyo,
        "other" => CraftDesignation.Other,
        _ => null,
    };

    public static string Code(CraftDesignation designation) => designation.ToString().ToLowerInvariant();
}
