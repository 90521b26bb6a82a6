using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>An uploaded file read into memory (at most 10 MB plus one byte is read, so larger files are refused without being kept).</summary>
public sealed record UploadedFile(string FileName, long Length, byte[] Content)
{
    public static async Task<UploadedFile?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return null;
        }

        if (file.Length > TenderDocument.MaxBytes)
        {
            return new UploadedFile(file.FileName, file.Length, []);
        }

        using var memory = new MemoryStream((int)file.Length);
        await file.CopyToAsync(memory, cancellationToken);
        return new UploadedFile(file.FileName, memory.Length, memory.ToArray());
    }

    /// <summary>
    /// The file carried through a confirmation page as base64; null without one. Text that is not base64 reads as an
    /// empty file, which <see cref="Problem"/> refuses.
    /// </summary>
    public static UploadedFile? FromBase64(string? fileName, string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        var bytes = new byte[base64.Length * 3 / 4];
        return Convert.TryFromBase64String(base64, bytes, out var length)
            ? new UploadedFile(fileName ?? "bid.pdf", length, bytes[..length])
            : new UploadedFile(fileName ?? "bid.pdf", 0, []);
    }

    /// <summary>Why the file is refused as a tender document or bid attachment (see <see cref="TenderDocument.Problem"/>), or null.</summary>
    public TenderProblem? Problem => TenderDocument.Problem(Length, Content);
}
