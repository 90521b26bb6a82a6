using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;

namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>Why an invitation is not sent; the web layer words it.</summary>
public enum InvitationProblem
{
    /// <summary>Empty, longer than <see cref="EnterpriseInvitation.MaxEmailLength"/> or not an e-mail address.</summary>
    InvalidEmail,

    /// <summary>The address already belongs to an account of the portal.</summary>
    AlreadyRegistered,

    /// <summary>The enterprise sent <see cref="EnterpriseInvitation.MaxPerDay"/> in the last 24 hours.</summary>
    DailyLimitReached,

    /// <summary>The enterprise is not approved (awaiting screening, rejected or suspended): it invites nobody.</summary>
    NotApproved,
}

/// <summary>
/// The representative's invitation of a colleague to the company account: a one-time link whose token is stored only
/// as its SHA-256 hash, valid for <see cref="ValidFor"/>, used once.
/// </summary>
public class EnterpriseInvitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    /// <summary>Invitations an enterprise may send in 24 hours: enough for a team, too few to use the portal as a mailer.</summary>
    public const int MaxPerDay = 20;

    public const int MaxEmailLength = 256;

    /// <summary>Longer tokens are not looked up at all (ours are 64 hex characters).</summary>
    public const int MaxTokenLength = 200;

    public int Id { get; set; }

    public int EnterpriseId { get; set; }

    public required string Email { get; set; }

    /// <summary>Hex SHA-256 of the token in the link.</summary>
    public required string TokenHash { get; set; }

    public required string InvitedByUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public string? AcceptedUserId { get; set; }

    /// <summary>Not used yet and not expired at <paramref name="nowUtc"/>, for queries.</summary>
    public static Expression<Func<EnterpriseInvitation, bool>> UsableAt(DateTime nowUtc) => i => i.AcceptedAtUtc == null && nowUtc < i.ExpiresAtUtc;

    /// <summary>A new one-time token for the link: 32 random bytes as 64 hex characters.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>What is stored of a token, and looked up when the link is opened.</summary>
    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
