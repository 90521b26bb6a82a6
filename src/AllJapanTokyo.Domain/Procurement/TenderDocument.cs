namespace AllJapanTokyo.Domain.Procurement;

/// <summary>
/// A document of a tender (仕様書, 入札説明書): a PDF of at most 10 MB, its bytes stored in the database so every
/// provider and every app instance serves it without a shared disk.
/// </summary>
public class TenderDocument
{
    public const long MaxBytes = MaxMegabytes * 1024 * 1024;

    /// <summary>The limit as people read it ("10 MB").</summary>
    public const int MaxMegabytes = 10;

    public const int MaxFileNameLength = 200;

    public int Id { get; set; }

    public int TenderId { get; set; }

    public required string FileName { get; set; }

    public long SizeBytes { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>A PDF starts with "%PDF-" whatever its name or declared type says.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    /// <summary>The reason an upload is refused (empty, too large, not a PDF by its content), or null.</summary>
    public static TenderProblem? Problem(long length, ReadOnlySpan<byte> head)
    {
        if (length == 0)
        {
            return TenderProblem.FileEmpty;
        }

        if (length > MaxBytes)
        {
            return TenderProblem.FileTooLarge;
        }

        return LooksLikePdf(head) ? null : TenderProblem.FileNotPdf;
    }

    /// <summary>A file name safe to store and show: the last path segment, at most <see cref="MaxFileNameLength"/> characters.</summary>
    public static string SafeFileName(string? name)
    {
        var last = Path.GetFileName((name ?? "").Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(last))
        {
            last = "document.pdf";
        }

        return last.Length > MaxFileNameLength ? last[^MaxFileNameLength..] : last;
    }
}
