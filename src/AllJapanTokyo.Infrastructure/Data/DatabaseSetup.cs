using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Chooses the database from configuration: <c>Database:Provider</c> and <c>ConnectionStrings:{Provider}</c>.</summary>
public static class DatabaseSetup
{
    public const string DefaultSqliteConnection = "Data Source=App_Data/alljapantokyo.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var text = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{text}' is not one of Sqlite, SqlServer, PostgreSql.");
    }

    public static string ConnectionStringFrom(IConfiguration configuration, DatabaseProvider provider)
    {
        var connectionString = configuration.GetConnectionString(provider.ToString());
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        return provider == DatabaseProvider.Sqlite
            ? DefaultSqliteConnection
            : throw new InvalidOperationException($"ConnectionStrings:{provider} must be set when Database:Provider is {provider}.");
    }

    /// <summary>
    /// Registers <see cref="AppDbContext"/> on the configured provider. Each provider's subclass carries its own migrations,
    /// so the same model migrates SQLite, PostgreSQL and SQL Server. The provider and connection string are read when the
    /// first context is made, not at registration, so configuration added late (by a test host, say) still counts.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        // Pooled contexts (reset, not rebuilt, between requests): built per request, a context cost every page that asks
        // for a service using the database — even one answered from kept data — its construction and its sets'
        // initialisation (5 % of the dashboard mix's on-CPU samples, bench/README.md). The options are built once per
        // process (the interceptors hold no state).
        services.AddDbContextPool<SqliteAppDbContext>(
            (sp, o) => ConfigureSqlite(o, SqliteConnectionInFolder(ConnectionStringFrom(configuration, DatabaseProvider.Sqlite), contentRoot), sp.GetService<TimeProvider>()));
        services.AddDbContextPool<PostgreSqlAppDbContext>(
            (sp, o) => ConfigurePostgreSql(o, ConnectionStringFrom(configuration, DatabaseProvider.PostgreSql), sp.GetService<TimeProvider>()));
        services.AddDbContextPool<SqlServerAppDbContext>(
            (sp, o) => ConfigureSqlServer(o, ConnectionStringFrom(configuration, DatabaseProvider.SqlServer), sp.GetService<TimeProvider>()));
        // The provider is read from the configuration once (DatabaseInfo), not on every request that resolves a context.
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<DatabaseInfo>().Provider switch
        {
            DatabaseProvider.PostgreSql => sp.GetRequiredService<PostgreSqlAppDbContext>(),
            DatabaseProvider.SqlServer => sp.GetRequiredService<SqlServerAppDbContext>(),
            _ => sp.GetRequiredService<SqliteAppDbContext>(),
        });
        services.AddSingleton(_ => new DatabaseInfo(ProviderFrom(configuration)));
        return services;
    }

    /// <summary>
    /// Every provider keeps the tenders' keyword index current in every SaveChanges (<see cref="TenderSearchIndex"/>),
    /// dated by the portal's clock (null at design time, where nothing is saved).
    /// </summary>
    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString, TimeProvider? clock = null) =>
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60))
            .AddInterceptors(new SqliteBusyTimeout(milliseconds: 30_000), new TenderSearchIndex(clock ?? TimeProvider.System));

    // No retrying execution strategy: use cases open their own transactions (all or nothing), which retrying
    // strategies refuse; a failed request shows the friendly error page and the next one reconnects from the pool.
    public static void ConfigurePostgreSql(DbContextOptionsBuilder options, string connectionString, TimeProvider? clock = null) =>
        options.UseNpgsql(PostgreSqlConnectionWithPortalDefaults(connectionString)).AddInterceptors(new TenderSearchIndex(clock ?? TimeProvider.System));

    /// <summary>The statements prepared automatically on each PostgreSQL connection, where the connection string says nothing.</summary>
    public const int PostgreSqlAutoPrepared = 128;

    /// <summary>
    /// The connection string with the portal's two defaults for PostgreSQL where it leaves them unsaid. EF takes a pooled
    /// connection for every query, and the portal keeps no state on one (no SET, temporary table, advisory lock or LISTEN):
    /// <list type="bullet">
    /// <item><c>Max Auto Prepare</c>: a statement run again on a connection is parsed and planned once, not on every run
    /// (a signed-in page runs some eight queries);</item>
    /// <item><c>No Reset On Close</c>: no DISCARD ALL before each query's first command on a connection back from the pool.</item>
    /// </list>
    /// Together they took a fifth to a third of the machine's CPU off a signed-in page (bench/README.md). Behind a
    /// pooler that shares server connections per transaction, say <c>Max Auto Prepare=0</c> in the connection string:
    /// what it says is kept.
    /// </summary>
    public static string PostgreSqlConnectionWithPortalDefaults(string connectionString)
    {
        var said = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!said.Contains(nameof(builder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = PostgreSqlAutoPrepared;
        }

        if (!said.Contains(nameof(builder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    public static void ConfigureSqlServer(DbContextOptionsBuilder options, string connectionString, TimeProvider? clock = null) =>
        options.UseSqlServer(connectionString).AddInterceptors(new TenderSearchIndex(clock ?? TimeProvider.System));

    /// <summary>A relative SQLite file goes under the content root, and its folder is created.</summary>
    private static string SqliteConnectionInFolder(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } dataSource && dataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.IsPathRooted(dataSource) ? dataSource : Path.Combine(contentRoot, dataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        // Shared cache off and a busy timeout, so concurrent requests wait for the writer instead of failing.
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}

/// <summary>Which provider this process runs on (for provider-specific SQL such as SQLite's pragmas).</summary>
public sealed record DatabaseInfo(DatabaseProvider Provider);

// Design-time factories let `dotnet ef` build each provider's context without starting the web app.
// Connection strings here are placeholders: `migrations add` and `migrations script` never connect.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseSetup.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteAppDbContext(options.Options);
    }
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
        DatabaseSetup.ConfigurePostgreSql(options, "Host=localhost;Database=alljapantokyo_design");
        return new PostgreSqlAppDbContext(options.Options);
    }
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerAppDbContext>();
        DatabaseSetup.ConfigureSqlServer(options, "Server=localhost;Database=AllJapanTokyo_Design;Trusted_Connection=True;TrustServerCertificate=True");
        return new SqlServerAppDbContext(options.Options);
    }
}

