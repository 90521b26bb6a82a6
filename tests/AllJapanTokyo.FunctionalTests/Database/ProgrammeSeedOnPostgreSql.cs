using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>A fresh PostgreSQL database (TEST_POSTGRES_CONNECTION), migrated with the PostgreSQL migrations and seeded.</summary>
public sealed class ProgrammeSeedOnPostgreSql
{
    [SkippableFact]
    public async Task MigratesLoadsTheReportFactsAndAddsNothingTheSecondTime()
    {
        TestDatabases.RequirePostgres();
        var connectionString = await TestDatabases.CreatePostgresDatabaseAsync();
        try
        {
            await ProgrammeSeedFacts.MigrateSeedAndCheckAsync(() =>
            {
                var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
                DatabaseSetup.ConfigurePostgreSql(options, connectionString);
                return new PostgreSqlAppDbContext(options.Options);
            });
        }
        finally
        {
            await TestDatabases.DropPostgresDatabaseAsync(connectionString);
        }
    }
}
