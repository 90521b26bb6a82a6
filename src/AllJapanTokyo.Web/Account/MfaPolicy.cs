using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Startup;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Account;

/// <summary>
/// Who must use a second factor (ASVS 6.3.3): Tokyo officials and administrators enrol at their first sign-in and can
/// reach no other page until they have; everyone else may enrol from their account page. The demo accounts of README.md
/// are exempt, and only in Development: no real account ever is.
/// </summary>
public sealed class MfaPolicy(IHostEnvironment environment, IConfiguration configuration)
{
    /// <summary>Present in the session while its person still has to enrol; recomputed on every request.</summary>
    public const string EnrolmentRequiredClaim = "alljapan:mfa-enrolment-required";

    public static readonly IReadOnlyList<string> RequiredRoles = [Roles.TokyoOfficial, Roles.Administrator];

    public static bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(RequiredRoles.Contains);

    /// <summary>A demo account of Development, which signs in with its password alone so that the README's steps work.</summary>
    public bool IsDemoExempt(AppUser user) =>
        environment.IsDevelopment()
        && configuration.GetValue("DemoAccounts:Enabled", false)
        && user.Email is { } email
        && DemoAccounts.All.Any(d => string.Equals(d.Email, email, StringComparison.OrdinalIgnoreCase));

    public bool MustEnrol(AppUser user, IEnumerable<string> roles) => !user.TwoFactorEnabled && IsRequiredFor(roles) && !IsDemoExempt(user);

    public static bool MustEnrol(ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == EnrolmentRequiredClaim);
}

/// <summary>Marks the pages a person who still has to enrol in MFA may open: the enrolment itself, sign-out, errors.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AllowedBeforeMfaEnrolmentAttribute : Attribute;

/// <summary>
/// Sends a person whose session says they must enrol (<see cref="MfaPolicy.EnrolmentRequiredClaim"/>) to the enrolment
/// page from any page not marked <see cref="AllowedBeforeMfaEnrolmentAttribute"/>.
/// </summary>
public sealed class MfaEnrolmentGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!MfaPolicy.MustEnrol(context.User) || context.GetEndpoint()?.Metadata.GetMetadata<AllowedBeforeMfaEnrolmentAttribute>() is not null)
        {
            return next(context);
        }

        var url = context.RequestServices.GetRequiredService<LinkGenerator>()
            .GetPathByAction(context, "Setup", "Mfa", new { area = "" }) ?? "/account/mfa";
        context.Response.Redirect(url);
        return Task.CompletedTask;
    }
}
