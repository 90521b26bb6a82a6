using Npgsql;

namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>
/// Where the functional tests find their databases. SQLite always runs (a fresh file per test host);
/// PostgreSQL runs when <c>TEST_POSTGRES_CONNECTION</c> is set (CI starts the installed PostgreSQL 15 and sets it).
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "TEST_POSTGRES_CONNECTION";

    public static string? PostgresServerConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Skips a PostgreSQL test loudly where no server is configured; in CI a missing server is a failure, never a skip.
    /// </summary>
    public static void RequirePostgres()
    {
        if (PostgresServerConnection is not null)
        {
            return;
        }

        const string reason = "PostgreSQL NOT TESTED: set " + PostgresVariable + " (e.g. 'Host=127.0.0.1;Username=postgres;Password=postgres') to run this test; .ci/run does.";
        if (IsCi)
        {
            throw new InvalidOperationException("CI=true but " + PostgresVariable + " is not set: the PostgreSQL tests must run in CI.");
        }

        Skip.If(true, reason);
    }

    /// <summary>Creates an empty database with a unique name on the configured server and returns its connection string.</summary>
    public static async Task<string> CreatePostgresDatabaseAsync()
    {
        var server = PostgresServerConnection ?? throw new InvalidOperationException(PostgresVariable + " is not set.");
        var name = "alljapan_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropPostgresDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServerConnection!);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
