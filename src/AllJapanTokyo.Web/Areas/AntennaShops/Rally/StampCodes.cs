using System.Buffers.Binary;
using System.Security.Cryptography;
using AllJapanTokyo.Domain.AntennaShops;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Rally;

/// <summary>What a valid counter code says: which shop, which edition, which minute (Unix minutes, UTC).</summary>
public sealed record StampCode(int ShopId, int EditionId, long Minute);

/// <summary>
/// The codes a shop's counter shows: shop, edition and the minute, sealed by Data Protection (AES with HMAC-SHA256
/// over the key ring every instance shares, under a purpose of its own), so no one can make or alter one. A code is
/// accepted in its minute and the next one: a photo shared online is useless a minute or two later.
/// </summary>
public sealed class StampCodes(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    private const int PayloadLength = 4 + 4 + 8;
    private readonly IDataProtector _protector = dataProtection.CreateProtector("AllJapanTokyo.AntennaShops.StampCodes.v1");

    public long CurrentMinute => clock.GetUtcNow().ToUnixTimeSeconds() / 60;

    /// <summary>Seconds until the code changes.</summary>
    public int SecondsLeft => 60 - (int)(clock.GetUtcNow().ToUnixTimeSeconds() % 60);

    public string Issue(int shopId, int editionId) => Issue(new StampCode(shopId, editionId, CurrentMinute));

    public string Issue(StampCode code)
    {
        var payload = new byte[PayloadLength];
        BinaryPrimitives.WriteInt32BigEndian(payload, code.ShopId);
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(4), code.EditionId);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(8), code.Minute);
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload));
    }

    /// <summary>The code's content, or the reason it is refused (forged, or older than the previous minute).</summary>
    public StampProblem? TryRead(string? text, out StampCode? code)
    {
        code = null;
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(text?.Trim() ?? ""));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return StampProblem.Forged;
        }

        if (payload.Length != PayloadLength)
        {
            return StampProblem.Forged;
        }

        var read = new StampCode(
            BinaryPrimitives.ReadInt32BigEndian(payload),
            BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(4)),
            BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(8)));
        var now = CurrentMinute;
        if (read.Minute > now || read.Minute < now - 1)
        {
            return StampProblem.Expired;
        }

        code = read;
        return null;
    }
}
