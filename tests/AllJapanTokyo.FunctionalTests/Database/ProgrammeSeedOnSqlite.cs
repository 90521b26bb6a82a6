using AllJapanTokyo.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>The embedded default database: a fresh SQLite file, migrated and seeded as on first start.</summary>
public sealed class ProgrammeSeedOnSqlite : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "alljapan-tests", $"seed-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task MigratesLoadsTheReportFactsAndAddsNothingTheSecondTime()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);

        await ProgrammeSeedFacts.MigrateSeedAndCheckAsync(NewContext);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private SqliteAppDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseSetup.ConfigureSqlite(options, $"Data Source={_file}");
        return new SqliteAppDbContext(options.Options);
    }
}
