namespace AllJapanTokyo.Infrastructure.Identity;

/// <summary>What happened to an account; stored as its name, so the codes never change once used.</summary>
public enum SecurityEventKind
{
    SignIn,
    SignInFailed,
    LockedOut,
    SignOut,
    MfaEnrolled,
    MfaReset,
    RecoveryCodeUsed,
    RecoveryCodesRenewed,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    AccountCreated,
    RoleChanged,
    Disabled,
    Enabled,
    MfaConfirmationFailed,
}

/// <summary>
/// One event of the security log (/admin/security-events): sign-ins and their failures, lockouts, MFA, passwords,
/// roles, disables. It names the account and who acted, never a password, token or code; kept for
/// <see cref="KeptFor"/>.
/// </summary>
public class SecurityEvent
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(365);

    public const int MaxDetailLength = 300;

    /// <summary>An IPv6 address in text at its longest.</summary>
    public const int MaxAddressLength = 45;

    public long Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public SecurityEventKind Kind { get; set; }

    /// <summary>The account concerned, when there is one (a failed sign-in may name an address nobody has).</summary>
    public string? UserId { get; set; }

    /// <summary>The address as typed or as the account had it at the time.</summary>
    public string? Email { get; set; }

    /// <summary>Who acted on someone else's account (an administrator); null when people act on their own.</summary>
    public string? ActorEmail { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>Codes only: a sign-in method, roles before and after, a binding.</summary>
    public string? Detail { get; set; }
}
