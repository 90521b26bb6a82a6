using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>
/// Each provider keeps its own migrations; a model change that no migration holds would leave that database behind.
/// No server is needed: the contexts are only built, never connected.
/// </summary>
public sealed class MigrationsAreCurrent
{
    private static readonly DatabaseProvider[] AllThree = [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer];

    public static TheoryData<DatabaseProvider> AllProviders => new(AllThree);

    [Theory]
    [MemberData(nameof(AllProviders))]
    public void TheModelHasNoChangesThatNoMigrationHolds(DatabaseProvider provider)
    {
        using var db = DesignTimeContext(provider);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model has changes that the {provider} migrations do not hold. From the repository root run:\n" +
            $"  {MigrationsAddCommand(provider)}\n" +
            $"and the same for {string.Join(" and ", AllThree.Where(p => p != provider))}, so that all three databases keep the same schema.");
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public void EveryProviderHasItsOwnMigrationsAndNoOther(DatabaseProvider provider)
    {
        using var db = DesignTimeContext(provider);
        var migrations = db.Database.GetMigrations().ToList();

        Assert.NotEmpty(migrations);
        Assert.Contains(migrations, m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Equal(
            $"AllJapanTokyo.Infrastructure.Migrations.{provider}",
            db.GetType().Assembly.GetTypes()
                .Where(t => t.GetCustomAttributes(typeof(DbContextAttribute), false).OfType<DbContextAttribute>().Any(a => a.ContextType == db.GetType()))
                .Select(t => t.Namespace)
                .Distinct()
                .Single());
    }

    public static string MigrationsAddCommand(DatabaseProvider provider) =>
        $"dotnet tool restore && dotnet ef migrations add <DescribeTheChange> --context {provider}AppDbContext " +
        $"--project src/AllJapanTokyo.Infrastructure --startup-project src/AllJapanTokyo.Infrastructure --output-dir Migrations/{provider}";

    /// <summary>The contexts as `dotnet ef` builds them (same options as the design-time factories; placeholders, never connected).</summary>
    internal static AppDbContext DesignTimeContext(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>();
                DatabaseSetup.ConfigureSqlite(sqlite, "Data Source=design-time.db");
                return new SqliteAppDbContext(sqlite.Options);
            case DatabaseProvider.PostgreSql:
                var postgres = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
                DatabaseSetup.ConfigurePostgreSql(postgres, "Host=localhost;Database=alljapantokyo_design");
                return new PostgreSqlAppDbContext(postgres.Options);
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerAppDbContext>();
                DatabaseSetup.ConfigureSqlServer(sqlServer, "Server=localhost;Database=AllJapanTokyo_Design;Trusted_Connection=True;TrustServerCertificate=True");
                return new SqlServerAppDbContext(sqlServer.Options);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }
}
