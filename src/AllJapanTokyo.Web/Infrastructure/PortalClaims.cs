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

public sealed class PortalClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    Account.MfaPolicy mfa)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
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
