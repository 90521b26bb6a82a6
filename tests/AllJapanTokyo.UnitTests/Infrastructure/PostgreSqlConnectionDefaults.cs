using AllJapanTokyo.Infrastructure.Data;
using Npgsql;

namespace AllJapanTokyo.UnitTests.Infrastructure;

/// <summary>
/// The portal's PostgreSQL connections prepare their statements and skip the pool's reset unless the operator's
/// connection string says otherwise (a transaction pooler needs <c>Max Auto Prepare=0</c>).
/// </summary>
public sealed class PostgreSqlConnectionDefaults
{
    [Fact]
    public void AConnectionStringThatSaysNothingGetsThePortalsDefaults()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            DatabaseSetup.PostgreSqlConnectionWithPortalDefaults("Host=db.example;Database=alljapantokyo;Username=portal;Password=secret"));

        Assert.Equal(DatabaseSetup.PostgreSqlAutoPrepared, builder.MaxAutoPrepare);
        Assert.True(builder.NoResetOnClose);
        Assert.Equal("db.example", builder.Host);
        Assert.Equal("alljapantokyo", builder.Database);
        Assert.Equal("secret", builder.Password);
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db.example;maxautoprepare=0;NoResetOnClose=false")]
    public void WhatTheConnectionStringSaysIsKeptHoweverItIsSpelt(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgreSqlConnectionWithPortalDefaults(connectionString));

        Assert.Equal(0, builder.MaxAutoPrepare);
        Assert.False(builder.NoResetOnClose);
    }
}
