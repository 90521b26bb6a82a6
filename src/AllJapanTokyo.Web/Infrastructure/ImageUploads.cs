using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>An uploaded company image (registration logo, profile logo and photos) read into memory.</summary>
public static class ImageUploads
{
    /// <summary>
    /// The file's bytes, or the reason it is refused before reading: larger than <see cref="EnterpriseImage.MaxBytes"/>.
    /// What the bytes are (PNG, JPEG…) is checked by <see cref="EnterpriseImage.Problem"/> afterwards.
    /// </summary>
    public static async Task<(byte[]? Content, string? Problem)> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > EnterpriseImage.MaxBytes)
        {
            return (null, EnterpriseImage.TooLargeProblem);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), null);
    }
}
