namespace AllJapanTokyo.Domain.Enterprises;

public enum EnterpriseImageKind
{
    Logo,
    Photo,
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

    /// <summary>Why a file over <see cref="MaxBytes"/> is refused; said before its bytes are read.</summary>
    public static string TooLargeProblem { get; } = $"画像は{MaxBytes / 1024 / 1024}MB以下にしてください。 / Images are limited to {MaxBytes / 1024 / 1024} MB.";

    /// <summary>Why an upload is refused (Japanese / English), or null.</summary>
    public static string? Problem(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return "画像ファイルを選択してください。 / Choose an image file.";
        }

        if (content.Length > MaxBytes)
        {
            return TooLargeProblem;
        }

        return DetectContentType(content) is null
            ? "PNG・JPEG・GIF・WebP形式の画像のみ登録できます（ファイルの内容で判定します）。 / Only PNG, JPEG, GIF or WebP images (checked by their content)."
            : null;
    }
}
