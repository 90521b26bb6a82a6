using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>An uploaded image (a company's logo and photos, an antenna shop's photo) read into memory.</summary>
public static class ImageUploads
{
    /// <summary>
    /// The file's bytes, or <see cref="EnterpriseImageProblem.TooLarge"/> before reading one over
    /// <paramref name="maxBytes"/> (<see cref="EnterpriseImage.MaxBytes"/> unless given). What the bytes are (PNG, JPEG…) is checked by
    /// <see cref="EnterpriseImage.Problem"/> afterwards.
    /// </summary>
    public static async Task<(byte[]? Content, EnterpriseImageProblem? Problem)> ReadAsync(IFormFile file, CancellationToken cancellationToken, int maxBytes = EnterpriseImage.MaxBytes)
    {
        if (file.Length > maxBytes)
        {
            return (null, EnterpriseImageProblem.TooLarge);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), null);
    }
}
