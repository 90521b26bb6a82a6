using AllJapanTokyo.Domain.Enterprises;

namespace AllJapanTokyo.UnitTests.Domain;

public sealed class EnterpriseScreeningRules
{
    private static readonly DateTime Now = new(2026, 11, 30, 6, 0, 0, DateTimeKind.Utc);

    private static Enterprise Pending() => new() { CorporateNumber = "", NameJa = "テスト", PrefectureCode = "13", JsicMajorGroup = "E" };

    [Fact]
    public void OnlyAnApprovedEnterpriseCanBidAndHasAPublicPage()
    {
        var enterprise = Pending();
        Assert.False(enterprise.CanBid);
        Assert.Null(enterprise.Approve(Now));
        Assert.True(enterprise.CanBid);
        Assert.True(enterprise.HasPublicPage);
        Assert.Equal(Now, enterprise.ScreenedAtUtc);

        Assert.Null(enterprise.Suspend("虚偽記載", Now));
        Assert.False(enterprise.CanBid);
        Assert.False(enterprise.HasPublicPage);
        Assert.Equal("虚偽記載", enterprise.ScreeningNote);

        Assert.Null(enterprise.LiftSuspension(Now));
        Assert.True(enterprise.CanBid);
        Assert.Null(enterprise.ScreeningNote);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void RejectionAndSuspensionNeedAReason(string? reason)
    {
        var enterprise = Pending();
        Assert.Contains("理由を入力してください", enterprise.Reject(reason, Now));
        Assert.Equal(ScreeningStatus.Pending, enterprise.ScreeningStatus);
        enterprise.Approve(Now);
        Assert.Contains("理由を入力してください", enterprise.Suspend(reason, Now));
        Assert.Equal(ScreeningStatus.Approved, enterprise.ScreeningStatus);
    }

    [Fact]
    public void DecisionsOutOfOrderAreRefused()
    {
        var enterprise = Pending();
        Assert.NotNull(enterprise.Suspend("理由", Now));
        Assert.NotNull(enterprise.LiftSuspension(Now));
        enterprise.Approve(Now);
        Assert.NotNull(enterprise.Approve(Now));
        Assert.NotNull(enterprise.Reject("理由", Now));
    }

    [Fact]
    public void EveryDecisionMovesTheVersion()
    {
        var enterprise = Pending();
        var before = enterprise.Version;
        enterprise.Approve(Now);
        Assert.NotEqual(before, enterprise.Version);
    }

    [Theory]
    [InlineData("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "image/png")]
    [InlineData("/9j/4AAQSkZJRgABAQ==", "image/jpeg")]
    [InlineData("R0lGODlhAQABAAAAACw=", "image/gif")]
    [InlineData("UklGRiQAAABXRUJQVlA4IA==", "image/webp")]
    [InlineData("PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=", null)]
    [InlineData("JVBERi0xLjQK", null)]
    public void ImagesAreRecognisedByTheirContentOnly(string base64, string? expected)
    {
        var content = Convert.FromBase64String(base64);
        Assert.Equal(expected, EnterpriseImage.DetectContentType(content));
        Assert.Equal(expected is null, EnterpriseImage.Problem(content) is not null);
    }

    [Fact]
    public void ImagesOverTheLimitAreRefused()
    {
        var content = new byte[EnterpriseImage.MaxBytes + 1];
        Convert.FromBase64String("iVBORw0KGgo=").CopyTo(content, 0);
        Assert.Contains("2MB", EnterpriseImage.Problem(content));
    }
}
