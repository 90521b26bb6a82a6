using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace AllJapanTokyo.Web.Startup;

/// <summary>Everything the portal registers, in one readable place. Each area adds its own services with Add{Area}().</summary>
public static class PortalServices
{
    /// <summary>
    /// Serilog from configuration. The static Log.Logger is left to Program's bootstrap logger, so that several hosts in
    /// one process (the test suites) each log through their own logger. The console gets its lines a batch at a time
    /// (<see cref="BatchedConsoleSink"/>), not line by line under a lock.
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Sink(
                    new BatchedConsoleSink(BatchedConsoleSink.DefaultTemplate),
                    new Serilog.Configuration.BatchingOptions { BatchSizeLimit = 1_000, BufferingTimeLimit = TimeSpan.FromMilliseconds(100), QueueLimit = 100_000 }),
            preserveStaticLogger: true);

    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        // Japanese text is written as characters, not as &#x...; entities: smaller pages, readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAppDatabase(configuration, environment.ContentRootPath);
        services.AddEmailSending(configuration, environment.ContentRootPath);
        services.AddPortalIdentity(configuration);
        services.AddPortalLocalization();
        services.AddPortalRateLimits(configuration);
        services.AddPortalCompression();

        services.AddPortalDataProtection(configuration, environment);
        services.AddPortalForwardedHeaders(configuration);

        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.AddStartupWarmUp(configuration);

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = CookieNames.Antiforgery(configuration);
            o.Cookie.SecurePolicy = CookieNames.SecurePolicy(configuration);
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            // The language prefix is the request's path base, which the cookie's path would follow ("/ko"): browsers
            // refuse a __Host- cookie whose path is not "/", so the first form of a visitor on /en, /zh-hans or /ko failed.
            o.Cookie.Path = "/";
        });

        services
            .AddControllersWithViews(o =>
            {
                // Every unsafe method (POST, PUT, DELETE) needs a valid antiforgery token, on every controller.
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddDataAnnotationsLocalization();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.Infrastructure.IHttpResponseStreamWriterFactory, PageResponseWriters>();
        services.AddOptions<MvcOptions>().Configure<PortalText>((o, text) => ModelBindingMessages.Apply(o.ModelBindingMessageProvider, text));
        services.Configure<RouteOptions>(o => o.ConstraintMap[FiscalYearRouteConstraint.Name] = typeof(FiscalYearRouteConstraint));

        services.AddNotifications();
        services.AddPortalAreas();
        return services;
    }

    private static void AddPortalIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddIdentity<AppUser, IdentityRole>(o =>
            {
                // OWASP ASVS 6.2: length over composition, checked against common passwords (CommonPasswordValidator).
                o.Password.RequiredLength = NewPasswordInput.MinPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddAccountTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddSignInManager<PortalSignInManager>();

        // A sign-out, a new password, an MFA or role change, a disabled account or a suspended company ends the
        // person's sessions at their next request, on every instance: the security stamp is checked on every request.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = SessionLifetime.KeepSignInClaims;
        });
        services.AddScoped<ISecurityStampValidator, EveryRequestSecurityStampValidator>();
        services.AddSingleton<MfaPolicy>();

        // The cookie between the password and the authenticator's code: as guarded as the session's.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = CookieNames.TwoFactor(configuration);
            o.Cookie.SecurePolicy = CookieNames.SecurePolicy(configuration);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieNames.Session(configuration);
            o.Cookie.SecurePolicy = CookieNames.SecurePolicy(configuration);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // As the antiforgery cookie: one session for every language, and a __Host- cookie must have the path "/".
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Authentication:IdleTimeoutMinutes", 60));
            o.SlidingExpiration = true;
            // Past the absolute lifetime (8 hours from the sign-in) the session ends however active it was.
            o.Events.OnValidatePrincipal = SessionLifetime.ValidatePrincipalAsync;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            // A signed-in user without the right role gets a real 403 (rendered as the friendly Japanese error page).
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Reporting, p => p.RequireRole(Roles.Administrator, Roles.TokyoOfficial, Roles.PrefectureStaff))
            .AddPolicy(Policies.TokyoStaff, p => p.RequireRole(Roles.Administrator, Roles.TokyoOfficial))
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator));
    }

    /// <summary>One localiser for everything (ADR 0007): the page's language comes from its URL prefix.</summary>
    private static void AddPortalLocalization(this IServiceCollection services)
    {
        services.AddSingleton<Translations>();
        services.AddSingleton<PageParts>();
        services.AddSingleton<PortalText>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<PortalText>());
        services.AddSingleton<IStringLocalizerFactory, PortalTextFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(PortalLanguage.Japanese.Culture);
            o.SupportedCultures = [.. PortalLanguage.Cultures];
            o.SupportedUICultures = [.. PortalLanguage.Cultures];
            o.FallBackToParentCultures = false;
            o.FallBackToParentUICultures = false;
            o.RequestCultureProviders = [new PageLanguageCultureProvider()];
        });
    }

    /// <summary>Read per partition, so the limit follows configuration that a host adds late.</summary>
    private static void AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(o =>
        {
            // ASVS: answer 429 Too Many Requests, not the middleware's default 503, and say when to come back.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(RateLimitPolicies.AccountPosts, context => RateLimitPolicies.PerClientPerMinute(context, "RateLimits:AccountPostsPerMinute", 20));
        });
    }
}

/// <summary>
/// Cookie names and their Secure policy. By default (<c>Security:HttpsOnlyCookies</c> = true) cookies are Secure and
/// carry the <c>__Host-</c> prefix; only for development over plain http (the README's <c>dotnet run</c>) is it off,
/// because browsers and the antiforgery system refuse Secure cookies on a plain-http request.
/// </summary>
public static class CookieNames
{
    public static bool HttpsOnly(IConfiguration configuration) => configuration.GetValue("Security:HttpsOnlyCookies", true);

    public static CookieSecurePolicy SecurePolicy(IConfiguration configuration) =>
        HttpsOnly(configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static string Session(IConfiguration configuration) => Prefix(configuration) + "AllJapanTokyo.Session";

    public static string Antiforgery(IConfiguration configuration) => Prefix(configuration) + "AllJapanTokyo.Antiforgery";

    public static string TwoFactor(IConfiguration configuration) => Prefix(configuration) + "AllJapanTokyo.TwoFactor";

    private static string Prefix(IConfiguration configuration) => HttpsOnly(configuration) ? "__Host-" : "";
}

public static class RateLimitPolicies
{
    /// <summary>Sign-in, registration and password reset posts, per client address.</summary>
    public const string AccountPosts = "account-posts";

    /// <summary>A fixed one-minute window per client address, of the configured size (read per partition, see above).</summary>
    public static RateLimitPartition<string> PerClientPerMinute(HttpContext context, string settingKey, int defaultLimit) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue(settingKey, defaultLimit),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
