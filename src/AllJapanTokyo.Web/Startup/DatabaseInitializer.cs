using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using AllJapanTokyo.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using AllJapanTokyo.Web.Areas.Procurement.Ocds;

namespace AllJapanTokyo.Web.Startup;

/// <summary>Runs at start-up: migrations, the real programme data, the optional volume set, the development demo accounts and their demonstration tenders and reports.</summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    IServiceProvider services,
    IConfiguration configuration,
    IWebHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await db.Database.MigrateAsync(cancellationToken);
        await new ProgrammeDataSeeder(db).SeedAsync(cancellationToken);
        await new ReportingSeeder(db).SeedAsync(cancellationToken);
        await new TextilesSeeder(db).SeedAsync(cancellationToken);

        // The six roles exist in every installation; accounts are given them by the administrator.
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var volume = configuration["DemoData:Volume"];
        if (string.Equals(volume, "large", StringComparison.OrdinalIgnoreCase))
        {
            await ActivatorUtilities.CreateInstance<VolumeDataSeeder>(services).SeedAsync(VolumeDataSeeder.Large, cancellationToken);
        }

        // Demo accounts never exist in Production, whatever the configuration says.
        if (configuration.GetValue("DemoAccounts:Enabled", false) && !environment.IsProduction())
        {
            await ActivatorUtilities.CreateInstance<DemoAccounts>(services).EnsureAsync(cancellationToken);
            await ActivatorUtilities.CreateInstance<ProcurementSeeder>(services).SeedAsync(cancellationToken);
            await ActivatorUtilities.CreateInstance<ReportingDemoSeeder>(services).SeedAsync(cancellationToken);
            await ActivatorUtilities.CreateInstance<FairsDemoSeeder>(services).SeedAsync(cancellationToken);
            await ActivatorUtilities.CreateInstance<AntennaShopsDemoSeeder>(services).SeedAsync(cancellationToken);
            await ActivatorUtilities.CreateInstance<TourismDemoSeeder>(services).SeedAsync(cancellationToken);
            await ActivatorUtilities.CreateInstance<TextilesDemoSeeder>(services).SeedAsync("designer@example.jp", cancellationToken);
            await ActivatorUtilities.CreateInstance<MeetingsDemoSeeder>(services).SeedAsync("sme@example.jp", "buyer@example.jp", cancellationToken);
            await ActivatorUtilities.CreateInstance<CraftsDemoSeeder>(services).SeedAsync("maker@example.jp", cancellationToken);
            await ActivatorUtilities.CreateInstance<FundsDemoSeeder>(services).SeedAsync("fund@example.jp", cancellationToken);
        }

        await ActivatorUtilities.CreateInstance<InitialAdministrator>(services).EnsureAsync();
        await new CoordinatorSeeder(db).SeedAsync(cancellationToken);

        // Tenders published before their history was kept, and the seeded ones, get their OCDS releases once.
        var backfill = System.Diagnostics.Stopwatch.GetTimestamp();
        var releases = await services.GetRequiredService<OcdsHistory>().BackfillAsync(cancellationToken);
        logger.LogInformation("OCDS backfill: {Releases} releases written in {ElapsedMs:0} ms", releases, System.Diagnostics.Stopwatch.GetElapsedTime(backfill).TotalMilliseconds);

        logger.LogInformation("Database ready in {ElapsedMs:0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
