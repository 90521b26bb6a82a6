using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog;

namespace AllJapanTokyo.Web.Startup;

public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        // The client's address and scheme from the configured reverse proxies only (none: headers ignored).
        if (PortalHosting.TrustsAProxy(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        // The language prefix (/en, /zh-hans, /ko) becomes the path base before anything reads the path.
        app.UseMiddleware<LanguagePrefixMiddleware>();
        app.UseResponseCompression();

        // Friendly error pages for exceptions and for 403/404/… alike, in the reader's language; details go to the log only.
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles(PortalCompression.StaticFiles());
        // Stored published pages for cookie-less GETs, as cheaply as a static file (ADR 0005's addendum).
        app.UseMiddleware<Areas.Dashboard.StoredPagesFirstMiddleware>();
        app.UseSerilogRequestLogging(o =>
        {
            // Path only (no query string: confirmation and reset tokens travel there), plus who and for which prefecture.
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserName", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : "(anonymous)");
                diagnostics.Set("Prefecture", http.User.FindFirst(PortalClaims.Prefecture)?.Value ?? "");
            };
        });
        app.UseRouting();
        // After routing: the page's culture depends on whether the chosen page answers in all four languages.
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(Account.EveryRequestSecurityStampValidator.FailUncheckedSessions);
        // Tokyo officials and administrators reach nothing but the MFA enrolment until they have enrolled.
        app.UseMiddleware<Account.MfaEnrolmentGate>();
        app.UseAuthorization();
        app.UseMiddleware<PrivatePagesNoStoreMiddleware>();
        app.UseMiddleware<Areas.Dashboard.PublishedPageCacheMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapControllers();
        Areas.OpenData.OpenDataDescription.MapOpenDataDescription(app);
        return app;
    }

    /// <summary>Migrates and fills the database (SQLite on first start needs no other step).</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(scope.ServiceProvider);
        await initializer.InitializeAsync(app.Lifetime.ApplicationStopping);

        // The tender search's snapshot, before the portal serves (and so before /health/ready): built by the first
        // search instead, it kept the first visitors waiting for seconds at the large volume (bench/README.md).
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await scope.ServiceProvider.GetRequiredService<Areas.Procurement.Search.TenderSearchMemory>()
            .SnapshotAsync(db, await db.TendersVersionAsync(app.Lifetime.ApplicationStopping), app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Tender search snapshot built in {ElapsedMs:0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
