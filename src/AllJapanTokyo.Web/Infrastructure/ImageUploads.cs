using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>An uploaded company image (registration logo, profile logo and photos) read into memory.</summary>
public static class ImageUploads
{
    /// <summary>
    /// The file's bytes, or <see cref="EnterpriseImageProblem.TooLarge"/> before reading one over
    /// <see cref="EnterpriseImage.MaxBytes"/>. What the bytes are (PNG, JPEG…) is checked by
    /// <see cref="EnterpriseImage.Problem"/> afterwards.
    /// </summary>
    public static async Task<(byte[]? Content, EnterpriseImageProblem? Problem)> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > EnterpriseImage.MaxBytes)
        {
            return (null, EnterpriseImageProblem.TooLarge);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), null);
    }
}
