using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Database;

/// <summary>
/// SQLite has one writer per file. Writers of the portal queue for it in the process (WriteTransactions.cs) without
/// holding a thread, and anything else waits inside SQLite through its busy timeout (SqliteBusyTimeout.cs).
/// </summary>
public sealed class SqliteWriters : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"alljapan-writers-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task WritersOfOneFileGoOneAtATimeAndEachCommitRollbackOrDisposeLetsTheNextGo()
    {
        await using var first = Context();
        await using var second = Context();
        await using var third = Context();
        await using var fourth = Context();

        var firstWrite = await first.BeginWriteTransactionAsync(CancellationToken.None);
        var secondWrite = second.BeginWriteTransactionAsync(CancellationToken.None);
        await Task.Delay(300);
        Assert.False(secondWrite.IsCompleted, "The second writer must wait while the first holds the file.");

        await firstWrite.CommitAsync();
        var secondTransaction = await secondWrite.WaitAsync(TimeSpan.FromSeconds(10));

        var thirdWrite = third.BeginWriteTransactionAsync(CancellationToken.None);
        await Task.Delay(300);
        Assert.False(thirdWrite.IsCompleted);

        // Disposed without a commit (an exception on the way): rolled back, and the next writer goes.
        await secondTransaction.DisposeAsync();
        var thirdTransaction = await thirdWrite.WaitAsync(TimeSpan.FromSeconds(10));

        // Disposing the committed first transaction again must not let a second writer in beside the third.
        await firstWrite.DisposeAsync();
        var fourthWrite = fourth.BeginWriteTransactionAsync(CancellationToken.None);
        await Task.Delay(300);
        Assert.False(fourthWrite.IsCompleted, "A transaction released twice let two writers in.");

        await thirdTransaction.RollbackAsync();
        await using var fourthTransaction = await fourthWrite.WaitAsync(TimeSpan.FromSeconds(10));
        await thirdTransaction.DisposeAsync();
    }

    [Fact]
    public async Task EveryConnectionWaitsInsideSqliteRatherThanFailingAtOnce()
    {
        await using var db = Context();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";

        Assert.Equal(30_000L, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private SqliteAppDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseSetup.ConfigureSqlite(options, $"Data Source={_file}");
        return new SqliteAppDbContext(options.Options);
    }
}
