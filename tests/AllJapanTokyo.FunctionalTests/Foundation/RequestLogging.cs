using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Foundation;

[Collection(PortalCollection.Name)]
public sealed class RequestLogging(PortalFixture fixture)
{
    [Fact]
    public async Task RequestsAreLoggedWithUserAndPrefectureButNeverThePassword()
    {
        const string secret = "a-wrong-password-that-must-not-be-logged";
        var client = PortalClient.For(fixture.Sqlite);
        await client.SignInAsync("niigata@example.jp", secret);
        var staff = await PortalClient.SignedInAsync(fixture.Sqlite, "niigata@example.jp");
        await staff.GetAsync("/account?marker=request-logging-test");

        // The request log line is written when the middleware unwinds, which can be just after the client has the response.
        var log = fixture.Sqlite.LogText();
        for (var attempt = 0; attempt < 50 && !log.Contains("\"RequestPath\":\"/account\"", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            log = fixture.Sqlite.LogText();
        }

        Assert.Contains("\"RequestPath\":\"/account\"", log);
        Assert.Contains("\"UserName\":\"niigata@example.jp\"", log);
        Assert.Contains("\"Prefecture\":\"15\"", log);
        Assert.DoesNotContain(secret, log);
        Assert.DoesNotContain(PortalFactory.DemoPassword, log);
        Assert.DoesNotContain("request-logging-test", log);
    }
}
