using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.Domain.AntennaShops;

/// <summary>
/// The photo of an antenna shop uploaded by its staff, stored in the database as company images are (one storage to
/// back up, every instance sees it) and served by the portal itself, so the pages' CSP need allow no other origin.
/// A shop has at most one; a new upload replaces it. It is shown instead of the shop's https photo link.
/// </summary>
public class AntennaShopPhoto
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public int AntennaShopId { get; set; }

    /// <summary>The type the content's magic bytes say, never what the browser claimed.</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>Why an upload is refused (by the rules of company images, with this larger limit), or null.</summary>
    public static EnterpriseImageProblem? Problem(ReadOnlySpan<byte> content) =>
        content.Length == 0 ? EnterpriseImageProblem.NoFile
        : content.Length > MaxBytes ? EnterpriseImageProblem.TooLarge
        : EnterpriseImage.DetectContentType(content) is null ? EnterpriseImageProblem.NotAnImage
        : null;
}
