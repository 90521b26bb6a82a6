using System.Buffers.Binary;
using System.Security.Cryptography;

namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>
/// What an authenticator app does (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), so that a test can answer the
/// portal's code prompt from the key it shows. The portal itself uses ASP.NET Core Identity's own.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var key = Base32(base32Key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        // RFC 6238's default, which every authenticator app and Identity use.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Code(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    /// <summary>
    /// The code the app shows in the next 30 seconds, which the portal already accepts: a second sign-in straight after
    /// an enrolment or a first sign-in needs a code that has not been used, as it would in life.
    /// </summary>
    public static string NextCode(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow.AddSeconds(30));

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
