using Microsoft.AspNetCore.Identity;

namespace AllJapanTokyo.Infrastructure.Identity;

/// <summary>A person who signs in. Staff are bound to the one prefecture, organisation or enterprise they act for.</summary>
public class AppUser : IdentityUser
{
    /// <summary>Identity's own limit for user names and e-mail addresses.</summary>
    public const int MaxEmailLength = 256;

    public const int MaxDisplayNameLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>For PrefectureStaff: the prefecture whose results they enter.</summary>
    public string? PrefectureCode { get; set; }

    /// <summary>For BuyerStaff: the ordering organisation.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>For Enterprise users: their company.</summary>
    public int? EnterpriseId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The language the person's mails and notifications are written in: ja, en, zh-Hans or ko.</summary>
    public string PreferredLanguage { get; set; } = "ja";

    /// <summary>The last successful sign-in, for the administrators' list.</summary>
    public DateTime? LastSignInAtUtc { get; set; }

    /// <summary>
    /// A disabled account is locked out until this far-away day: Identity then refuses every sign-in, and the
    /// security stamp changed with it ends the sessions it had.
    /// </summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public bool IsDisabled => LockoutEnd is { } end && end >= DisabledUntil;
}
