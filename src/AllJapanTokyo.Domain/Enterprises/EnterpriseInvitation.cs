using System.Linq.Expressions;

namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>
/// The representative's invitation of a colleague to the company account: a one-time link whose token is stored only
/// as its SHA-256 hash, valid for <see cref="ValidFor"/>, used once.
/// </summary>
public class EnterpriseInvitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

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

    public bool IsUsableAt(DateTime nowUtc) => AcceptedAtUtc is null && nowUtc < ExpiresAtUtc;
}
