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

    /// <summary>Why the file is refused as a tender document or bid attachment (see <see cref="TenderDocument.Problem"/>), or null.</summary>
    public TenderProblem? Problem => TenderDocument.Problem(Length, Content);
}
