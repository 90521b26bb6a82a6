using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Initiatives;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>
/// The one model every area shares. Each provider has a subclass (<see cref="SqliteAppDbContext"/> …) only so
/// that each keeps its own migrations; the model itself is defined once, here and in Configurations/.
/// The class is partial so that each area can declare its own sets in its own file (AppDbContext.<Area>.cs).
/// </summary>
public partial class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Prefecture> Prefectures => Set<Prefecture>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Chapter> Chapters => Set<Chapter>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<EventOrganizerAssignment> EventOrganizerAssignments => Set<EventOrganizerAssignment>();

    public DbSet<IndicatorDefinition> IndicatorDefinitions => Set<IndicatorDefinition>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<CraftCollaboration> CraftCollaborations => Set<CraftCollaboration>();

    public DbSet<Fund> Funds => Set<Fund>();

    public DbSet<FundInvestment> FundInvestments => Set<FundInvestment>();

    public DbSet<TourismPartnership> TourismPartnerships => Set<TourismPartnership>();

    public DbSet<TouristRoute> TouristRoutes => Set<TouristRoute>();

    public DbSet<TouristInfoCenter> TouristInfoCenters => Set<TouristInfoCenter>();

    public DbSet<StampRally> StampRallies => Set<StampRally>();

    public DbSet<Tender> Tenders => Set<Tender>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names so the data reads the same in every database and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(10);
        // Every instant is UTC; SQLite hands back "unspecified", so say it again on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    private sealed class PartialDateConverter() : ValueConverter<PartialDate, string>(
        date => date.ToString(),
        text => PartialDate.Parse(text));

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>The embedded default database; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

/// <summary>PostgreSQL; its migrations are in Migrations/PostgreSql.</summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);

/// <summary>SQL Server, the production provider; its migrations are in Migrations/SqlServer.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
