namespace AllJapanTokyo.Domain.Designers;

public enum DesignerKind
{
    Individual,
    Company,
}

/// <summary>Why a designer's profile or portfolio image is refused; the web layer words it.</summary>
public enum DesignerProblem
{
    NameMissing,
    TextTooLong,

    /// <summary>The measures match Tokyo designers: the profile must give a municipality of Tokyo.</summary>
    NotTokyoBased,

    ImageMissing,

    /// <summary>Over <see cref="DesignerImage.MaxBytes"/>.</summary>
    ImageTooLarge,

    /// <summary>The content is not PNG, JPEG, GIF or WebP, whatever the file claims.</summary>
    NotAnImage,

    TooManyImages,
}

/// <summary>
/// A Tokyo designer (a person or a design company) with a signed-in account. One profile serves both matching measures:
/// textile production regions (2-1) and traditional-craft makers (2-2), so a designer registers once.
/// </summary>
public class Designer
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 2000;
    public const int MaxImages = 8;

    public int Id { get; set; }

    /// <summary>The account that keeps the profile (Identity's user id).</summary>
    public required string UserId { get; set; }

    public DesignerKind Kind { get; set; }

    /// <summary>The person's name, or the company's.</summary>
    public required string NameJa { get; set; }

    public string? NameEn { get; set; }

    /// <summary>The Tokyo ward, city, town or village the designer works in (e.g. 台東区).</summary>
    public required string TokyoMunicipalityJa { get; set; }

    /// <summary>Fields of work: fashion, interior, product, graphic… as the designer writes them.</summary>
    public string SpecialtiesJa { get; set; } = "";

    public string ProfileJa { get; set; } = "";

    public string? WebsiteUrl { get; set; }

    public DateTime RegisteredAtUtc { get; set; }

    /// <summary>A demonstration profile (架空), never a real designer.</summary>
    public bool IsSynthetic { get; set; }

    public List<DesignerImage> Images { get; set; } = [];

    /// <summary>Why the profile's texts are refused, or null. Texts are already trimmed.</summary>
    public static DesignerProblem? Problem(string? nameJa, string? tokyoMunicipalityJa, string? specialtiesJa, string? profileJa)
    {
        if (string.IsNullOrWhiteSpace(nameJa))
        {
            return DesignerProblem.NameMissing;
        }

        if (!TokyoMunicipalities.IsTokyo(tokyoMunicipalityJa))
        {
            return DesignerProblem.NotTokyoBased;
        }

        return nameJa.Length > NameMaxLength || tokyoMunicipalityJa.Length > NameMaxLength
            || (specialtiesJa?.Length ?? 0) > TextMaxLength || (profileJa?.Length ?? 0) > TextMaxLength
            ? DesignerProblem.TextTooLong
            : null;
    }
}

/// <summary>A portfolio image of a designer, stored in the database like the companies' images.</summary>
public class DesignerImage
{
    /// <summary>The matching measures accept portfolio images up to 5 MB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public const int MaxCaptionLength = 200;

    public int Id { get; set; }

    public int DesignerId { get; set; }

    /// <summary>The type the content's magic bytes say, never what the browser claimed.</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public string? Caption { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>Why an upload is refused, or null; the same image types as the companies' images.</summary>
    public static DesignerProblem? Problem(ReadOnlySpan<byte> content, int imagesSoFar)
    {
        if (content.Length == 0)
        {
            return DesignerProblem.ImageMissing;
        }

        if (content.Length > MaxBytes)
        {
            return DesignerProblem.ImageTooLarge;
        }

        if (imagesSoFar >= Designer.MaxImages)
        {
            return DesignerProblem.TooManyImages;
        }

        return Enterprises.EnterpriseImage.DetectContentType(content) is null ? DesignerProblem.NotAnImage : null;
    }
}
