using AllJapanTokyo.Infrastructure.Data;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Testcontainers.MsSql;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>
/// SQL Server, the production provider, in a throw-away container (Testcontainers): migrated with the SQL Server
/// migrations and seeded. Without a Docker engine the test skips at once and says so; it never waits for one.
/// </summary>
public sealed class ProgrammeSeedOnSqlServer
{
    public const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    [SkippableFact]
    public async Task MigratesLoadsTheReportFactsAndAddsNothingTheSecondTime()
    {
        var (endpoint, tried) = await DockerEngine.FindAsync();
        Skip.If(
            endpoint is null,
            $"SQL Server NOT TESTED: no Docker engine answered (tried {tried}). Start Docker or set DOCKER_HOST to migrate and seed {Image}; " +
            "MigrationsAreCurrent still checks the SQL Server migrations hold the model and build/migration-scripts.sh writes their idempotent script.");

        // Pulling the image (about 1.5 GB) and starting SQL Server can take minutes; never more than this.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await using var container = new MsSqlBuilder(Image).WithDockerEndpoint(endpoint!).Build();
        await container.StartAsync(limit.Token);

        var connectionString = new SqlConnectionStringBuilder(container.GetConnectionString())
        {
            InitialCatalog = "AllJapanTokyo_Test",
            TrustServerCertificate = true,
        }.ConnectionString;

        await ProgrammeSeedFacts.MigrateSeedAndCheckAsync(() =>
        {
            var options = new DbContextOptionsBuilder<SqlServerAppDbContext>();
            DatabaseSetup.ConfigureSqlServer(options, connectionString);
            return new SqlServerAppDbContext(options.Options);
        });
    }
}
