namespace AllJapanTokyo.Domain.Crafts;

public enum CraftMakerKind
{
    /// <summary>A craftsperson working alone.</summary>
    Craftsperson,

    /// <summary>A workshop or maker company (工房・事業者).</summary>
    Workshop,
}

/// <summary>
/// A traditional-craft maker (craftsperson or workshop) with a signed-in account (role Maker): one profile per account,
/// linked to the crafts it makes. Only its own account edits it.
/// </summary>
public class CraftMaker
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 2000;
    public const int MaxImages = 8;

    public int Id { get; set; }

    /// <summary>The account that keeps the profile (Identity's user id).</summary>
    public required string UserId { get; set; }

    public CraftMakerKind Kind { get; set; }

    public required string NameJa { get; set; }

    public required string PrefectureCode { get; set; }

    public string ProfileJa { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>A demonstration profile (架空), never a real maker.</summary>
    public bool IsSynthetic { get; set; }

    public List<CraftMakerCraft> Crafts { get; set; } = [];

    public List<CraftMakerImage> Images { get; set; } = [];

    /// <summary>The problems of the profile's texts (already trimmed), by form field.</summary>
    public static List<(string Field, CraftProblem Problem)> Problems(string nameJa, string prefectureCode, string profileJa, int crafts)
    {
        var problems = new List<(string, CraftProblem)>();
        if (nameJa.Length == 0)
        {
            problems.Add(("NameJa", CraftProblem.Required));
        }
        else if (nameJa.Length > NameMaxLength)
        {
            problems.Add(("NameJa", CraftProblem.TooLong));
        }

        if (!(prefectureCode.Length == 2 && int.TryParse(prefectureCode, out var code) && code is >= 1 and <= 47))
        {
            problems.Add(("PrefectureCode", prefectureCode.Length == 0 ? CraftProblem.Required : CraftProblem.UnknownPrefecture));
        }

        if (profileJa.Length > TextMaxLength)
        {
            problems.Add(("ProfileJa", CraftProblem.TooLong));
        }

        if (crafts == 0)
        {
            problems.Add(("CraftIds", CraftProblem.Required));
        }

        return problems;
    }
}

/// <summary>A craft a maker makes.</summary>
public class CraftMakerCraft
{
    public int MakerId { get; set; }

    public int CraftId { get; set; }
}

/// <summary>A photo of a maker's work, stored in the database like the designers' portfolio images.</summary>
public class CraftMakerImage
{
    /// <summary>The crafts measure accepts images up to 5 MB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public const int MaxCaptionLength = 200;

    public int Id { get; set; }

    public int MakerId { get; set; }

    /// <summary>The type the content's magic bytes say, never what the browser claimed.</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public string? Caption { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>Why an upload is refused, or null: by its content, never by its name or claimed type.</summary>
    public static CraftProblem? Problem(ReadOnlySpan<byte> content, int imagesSoFar, int maxImages)
    {
        if (content.Length == 0)
        {
            return CraftProblem.ImageMissing;
        }

        if (content.Length > MaxBytes)
        {
            return CraftProblem.ImageTooLarge;
        }

        if (imagesSoFar >= maxImages)
        {
            return CraftProblem.TooManyImages;
        }

        return Enterprises.EnterpriseImage.DetectContentType(content) is null ? CraftProblem.NotAnImage : null;
    }
}
