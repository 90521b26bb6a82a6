using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>
/// Self-signed certificates that encrypt the Data Protection keys where no operator provides one: a development
/// machine, a test run, a benchmark. Real installations configure their own (docs/operations.md).
/// </summary>
public static class KeyCertificates
{
    /// <summary>Writes a new RSA certificate as a password-protected .pfx at <paramref name="path"/>, unless one is there.</summary>
    public static void CreateIfMissing(string path, string password, string purpose)
    {
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest($"CN=AllJapanTokyo Data Protection ({purpose})", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        // The certificate's validity is read by the operating system's clock, never the portal's TimeProvider (which tests
        // move), so it is dated by that clock too.
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
    }
}
