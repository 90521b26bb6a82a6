using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Foundation;

public sealed class DatabaseOutage : IAsyncLifetime
{
    private readonly PortalFactory _portal = PortalFactory.WithUnreachableDatabase();

    [Fact]
    public async Task ReadinessSays503WhileTheProcessStaysLive()
    {
        var client = PortalClient.For(_portal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task APageThatNeedsTheDatabaseShowsTheFriendlyJapaneseErrorPage()
    {
        var (response, page) = await PortalClient.For(_portal).GetPageAsync("/fairs");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("エラーが発生しました", page.Body!.TextContent);
        Assert.DoesNotContain("Npgsql", page.Body.TextContent);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();
}
