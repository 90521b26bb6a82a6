namespace AllJapanTokyo.FunctionalTests.Infrastructure;

/// <summary>
/// One SQLite-backed portal shared by the functional tests of a collection (start-up migrates and seeds once),
/// and one PostgreSQL-backed portal created on first use when a server is configured.
/// Tests that write use their own unique e-mails and names, so they do not depend on each other.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private PortalFactory? _postgres;

    public PortalFactory Sqlite { get; } = PortalFactory.OnSqlite();

    /// <summary>The portal on the requested provider; PostgreSQL tests skip loudly (or fail in CI) without a server.</summary>
    public async Task<PortalFactory> OnAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            return Sqlite;
        }

        TestDatabases.RequirePostgres();
        return _postgres ??= (await PortalFactory.OnPostgresAsync()).Started();
    }

    public Task InitializeAsync()
    {
        Sqlite.Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Sqlite.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal";
}

/// <summary>The providers every provider-sensitive functional test runs on.</summary>
public static class Providers
{
    public static TheoryData<string> All => new() { "Sqlite", "PostgreSql" };
}
