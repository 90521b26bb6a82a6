using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Account;

/// <summary>
/// How long a session lives: <see cref="IdleTimeout"/> without a request (sliding, the cookie's own expiry) and at most
/// <see cref="Absolute"/> from the sign-in, however active — a re-issued cookie keeps the time of the sign-in.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(8);

    /// <summary>The claim with the sign-in's time (Unix seconds), carried through every re-issue of the cookie.</summary>
    public const string SignedInAtClaim = "alljapan:signed-in-at";

    /// <summary>How the person signed in ("pwd", "mfa"): Identity's own claim type.</summary>
    public const string MethodClaim = "amr";

    public static Claim SignedInAt(DateTimeOffset now) =>
        new(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    /// <summary>True when the principal's sign-in is older than <see cref="Absolute"/>, or carries no sign-in time.</summary>
    public static bool HasExpired(ClaimsPrincipal? principal, DateTimeOffset now) =>
        !long.TryParse(principal?.FindFirst(SignedInAtClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        || now - DateTimeOffset.FromUnixTimeSeconds(seconds) >= Absolute;

    /// <summary>
    /// The session cookie's check on every request: past the absolute lifetime the session ends; otherwise the security
    /// stamp is compared with the database's (<see cref="EveryRequestSecurityStampValidator"/>).
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (HasExpired(context.Principal, now))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>The new principal of a validated request keeps the sign-in's time and method, which the database does not know.</summary>
    public static Task KeepSignInClaims(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var claim in current.Claims.Where(c => c.Type is SignedInAtClaim or MethodClaim))
            {
                if (!identity.HasClaim(c => c.Type == claim.Type))
                {
                    identity.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType));
                }
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Compares the session's security stamp with the database's on EVERY request, on every instance: a sign-out, a new
/// password, an MFA change, a role change or a disabled account ends the person's other sessions at their next request.
/// Identity's own validator skips the check while less than <see cref="SecurityStampValidatorOptions.ValidationInterval"/>
/// has passed since the cookie was issued, and the cookie stores that time to the second only, so even an interval of
/// zero lets a request in the same second through unchecked. The principal is rebuilt from the database (roles and
/// bindings as they are now) without re-issuing the cookie each time; the cookie slides on its own.
/// </summary>
public sealed class EveryRequestSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<AppUser> signInManager,
    ILoggerFactory logger)
    : SecurityStampValidator<AppUser>(options, signInManager, logger)
{
    /// <summary>The request's item holding why its session could not be checked (see <see cref="FailUncheckedSessions"/>).</summary>
    private const string UncheckedSession = "AllJapanTokyo.UncheckedSession";

    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        try
        {
            await CheckAsync(context);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The session cannot be checked (the database does not answer). Authentication's outcome is kept for the
            // whole request, the error page's re-execution included, so a failure thrown here would fail the error page
            // too and leave the server's bare 500. Instead the request goes on without the person, for itself only
            // (nothing is signed out), and FailUncheckedSessions fails it just after authentication.
            context.RejectPrincipal();
            context.HttpContext.Items[UncheckedSession] = ExceptionDispatchInfo.Capture(failure);
        }
    }

    private async Task CheckAsync(CookieValidatePrincipalContext context)
    {
        var user = await VerifySecurityStamp(context.Principal);
        if (user is null || user.IsDisabled)
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }

        var principal = await SignInManager.CreateUserPrincipalAsync(user);
        var refreshing = new SecurityStampRefreshingPrincipalContext { CurrentPrincipal = context.Principal, NewPrincipal = principal };
        await SessionLifetime.KeepSignInClaims(refreshing);
        context.ReplacePrincipal(refreshing.NewPrincipal!);
    }

    /// <summary>
    /// Right after authentication: a request whose session could not be checked fails with the reason, once, so the
    /// friendly error page answers it (its re-execution finds the reason gone and the request without a person).
    /// </summary>
    public static Task FailUncheckedSessions(HttpContext context, RequestDelegate next)
    {
        if (context.Items.Remove(UncheckedSession, out var failure) && failure is ExceptionDispatchInfo reason)
        {
            reason.Throw();
        }

        return next(context);
    }
}

/// <summary>
/// Identity's sign-in manager, with the time of the sign-in written into the session (for the absolute lifetime) and
/// kept when the session's cookie is re-issued for the same person (after their own password or MFA change).
/// </summary>
public sealed class PortalSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    TimeProvider clock)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        if (!claims.Exists(c => c.Type == SessionLifetime.SignedInAtClaim))
        {
            claims.Add(SessionLifetime.SignedInAt(clock.GetUtcNow()));
        }

        return base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>Re-issues the session of the signed-in person after a change of their own stamp, keeping its sign-in time and method.</summary>
    public override async Task RefreshSignInAsync(AppUser user)
    {
        var auth = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (auth.Principal is not { } principal || UserManager.GetUserId(principal) != user.Id)
        {
            return;
        }

        var kept = principal.Claims
            .Where(c => c.Type is SessionLifetime.SignedInAtClaim or SessionLifetime.MethodClaim)
            .Select(c => new Claim(c.Type, c.Value, c.ValueType))
            .ToList();
        await SignInWithClaimsAsync(user, auth.Properties, kept);
    }
}
