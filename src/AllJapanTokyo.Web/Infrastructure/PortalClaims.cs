using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>Claims that say which prefecture, organisation or enterprise a signed-in person acts for.</summary>
public static class PortalClaims
{
    public const string Prefecture = "alljapan:prefecture";
    public const string Organization = "alljapan:organization";
    public const string Enterprise = "alljapan:enterprise";
    public const string DisplayName = "alljapan:display-name";

    public static string? PrefectureCode(this ClaimsPrincipal user) => user.FindFirst(Prefecture)?.Value;

    public static int? OrganizationId(this ClaimsPrincipal user) => int.TryParse(user.FindFirst(Organization)?.Value, out var id) ? id : null;

    public static int? EnterpriseId(this ClaimsPrincipal user) => int.TryParse(user.FindFirst(Enterprise)?.Value, out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) => user.FindFirst(DisplayName)?.Value ?? user.Identity?.Name ?? "";
}

/// <summary>
/// The person's principal: Identity's own claims (id, user name, e-mail, security stamp, roles) and the portal's. Built
/// on every signed-in request (the security stamp check), so it reads only what the portal keeps: the user row (already
/// read by the check) and the role names, one query. Identity's factory would also read the person's stored claims and
/// each role's stored claims — three more queries a request — but the portal stores none (no code adds claims to
/// AspNetUserClaims or AspNetRoleClaims; every claim of a session is derived here from the user row).
/// </summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    IOptions<IdentityOptions> options,
    Account.MfaPolicy mfa)
    : UserClaimsPrincipalFactory<AppUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var types = Options.ClaimsIdentity;
        // As Identity's factory builds it (its authentication type, name and role claim types).
        var identity = new ClaimsIdentity("Identity.Application", types.UserNameClaimType, types.RoleClaimType);
        identity.AddClaim(new Claim(types.UserIdClaimType, user.Id));
        identity.AddClaim(new Claim(types.UserNameClaimType, user.UserName ?? ""));
        if (user.Email is { Length: > 0 } email)
        {
            identity.AddClaim(new Claim(types.EmailClaimType, email));
        }

        if (user.SecurityStamp is { } stamp)
        {
            identity.AddClaim(new Claim(types.SecurityStampClaimType, stamp));
        }

        foreach (var role in await UserManager.GetRolesAsync(user))
        {
            identity.AddClaim(new Claim(types.RoleClaimType, role));
        }

        identity.AddClaim(new Claim(PortalClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.PrefectureCode is not null)
        {
            identity.AddClaim(new Claim(PortalClaims.Prefecture, user.PrefectureCode));
        }

        if (user.OrganizationId is { } organizationId)
        {
            identity.AddClaim(new Claim(PortalClaims.Organization, organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (user.EnterpriseId is { } enterpriseId)
        {
            identity.AddClaim(new Claim(PortalClaims.Enterprise, enterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        // Rebuilt on every request (the security stamp check), so the claim goes as soon as the person has enrolled.
        if (mfa.MustEnrol(user, identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value)))
        {
            identity.AddClaim(new Claim(Account.MfaPolicy.EnrolmentRequiredClaim, "true"));
        }

        return identity;
    }
}
