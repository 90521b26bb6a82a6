namespace AllJapanTokyo.Domain.Enterprises;

public enum EnterpriseImageKind
{
    Logo,
    Photo,
}

/// <summary>Why an image is refused; the web layer words it.</summary>
public enum EnterpriseImageProblem
{
    NoFile,

    /// <summary>Over <see cref="EnterpriseImage.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The content is not PNG, JPEG, GIF or WebP, whatever the file claims.</summary>
    NotAnImage,

    /// <summary>Over <see cref="EnterpriseImage.MaxCaptionLength"/>.</summary>
    CaptionTooLong,

    /// <summary>The enterprise already has <see cref="EnterpriseImage.MaxPhotos"/>.</summary>
    TooManyPhotos,
}

/// <summary>A logo or photo of an enterprise's PR page, stored in the database (one storage to back up, every instance sees it).</summary>
public class EnterpriseImage
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxPhotos = 6;
    public const int MaxCaptionLength = 200;

    public int Id { get; set; }

    public int EnterpriseId { get; set; }

    public EnterpriseImageKind Kind { get; set; }

    /// <summary>The type the content's magic bytes say, never what the browser claimed.</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public string? Caption { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>
    /// The image type the first bytes show (PNG, JPEG, GIF or WebP), or null. The browser's Content-Type and the
    /// file name are not trusted.
    /// </summary>
    public static string? DetectContentType(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        return content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8) ? "image/webp" : null;
    }

    /// <summary>Why an upload is refused, or null.</summary>
    public static EnterpriseImageProblem? Problem(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return EnterpriseImageProblem.NoFile;
        }

        if (content.Length > MaxBytes)
        {
            return EnterpriseImageProblem.TooLarge;
        }

        return DetectContentType(content) is null ? EnterpriseImageProblem.NotAnImage : null;
    }

    /// <summary>Why a caption (already <see cref="ProfileText.Clean"/>ed) is refused, or null.</summary>
    public static EnterpriseImageProblem? CaptionProblem(string? caption) =>
        caption is { Length: > MaxCaptionLength } ? EnterpriseImageProblem.CaptionTooLong : null;
}
