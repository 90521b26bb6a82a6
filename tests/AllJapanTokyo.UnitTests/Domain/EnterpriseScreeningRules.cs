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
        Assert.Equal(ScreeningProblem.ReasonMissing, enterprise.Reject(reason, Now));
        Assert.Equal(ScreeningStatus.Pending, enterprise.ScreeningStatus);
        enterprise.Approve(Now);
        Assert.Equal(ScreeningProblem.ReasonMissing, enterprise.Suspend(reason, Now));
        Assert.Equal(ScreeningStatus.Approved, enterprise.ScreeningStatus);
    }

    [Fact]
    public void AReasonOverTheLimitIsRefusedAndOneAtTheLimitIsKept()
    {
        var enterprise = Pending();
        Assert.Equal(ScreeningProblem.ReasonTooLong, enterprise.Reject(new string('理', Enterprise.MaxReasonLength + 1), Now));
        Assert.Equal(ScreeningStatus.Pending, enterprise.ScreeningStatus);

        Assert.Null(enterprise.Reject(" " + new string('理', Enterprise.MaxReasonLength) + " ", Now));
        Assert.Equal(new string('理', Enterprise.MaxReasonLength), enterprise.ScreeningNote);
    }

    [Fact]
    public void DecisionsOutOfOrderAreRefused()
    {
        var enterprise = Pending();
        Assert.Equal(ScreeningProblem.NotApproved, enterprise.Suspend("理由", Now));
        Assert.Equal(ScreeningProblem.NotSuspended, enterprise.LiftSuspension(Now));
        enterprise.Approve(Now);
        Assert.Equal(ScreeningProblem.NotPendingOrRejected, enterprise.Approve(Now));
        Assert.Equal(ScreeningProblem.NotPending, enterprise.Reject("理由", Now));
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
        Assert.Equal(EnterpriseImageProblem.TooLarge, EnterpriseImage.Problem(content));
        Assert.Equal(EnterpriseImageProblem.NoFile, EnterpriseImage.Problem([]));
        Assert.Equal(EnterpriseImageProblem.NotAnImage, EnterpriseImage.Problem("%PDF-1.4"u8));
    }

    [Fact]
    public void ACaptionOverTheLimitIsRefused()
    {
        Assert.Null(EnterpriseImage.CaptionProblem(null));
        Assert.Null(EnterpriseImage.CaptionProblem(new string('説', EnterpriseImage.MaxCaptionLength)));
        Assert.Equal(EnterpriseImageProblem.CaptionTooLong, EnterpriseImage.CaptionProblem(new string('説', EnterpriseImage.MaxCaptionLength + 1)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("  輪島市河井町 ", "輪島市河井町")]
    public void OptionalProfileTextIsTrimmedAndBlankIsNull(string? typed, string? stored) =>
        Assert.Equal(stored, ProfileText.Clean(typed));

    [Fact]
    public void AnInvitationTokenIsStoredAsItsHashAndIsUsableOnceBeforeItExpires()
    {
        var token = EnterpriseInvitation.NewToken();
        Assert.Matches("^[0-9a-f]{64}$", token);
        Assert.NotEqual(token, EnterpriseInvitation.HashToken(token));
        Assert.Equal(EnterpriseInvitation.HashToken(token), EnterpriseInvitation.HashToken(token));

        var invitation = new EnterpriseInvitation { Email = "a@example.jp", TokenHash = EnterpriseInvitation.HashToken(token), InvitedByUserId = "u", ExpiresAtUtc = Now.AddDays(1) };
        var usable = EnterpriseInvitation.UsableAt(Now).Compile();
        Assert.True(usable(invitation));
        Assert.False(EnterpriseInvitation.UsableAt(Now.AddDays(1)).Compile()(invitation));
        invitation.AcceptedAtUtc = Now;
        Assert.False(usable(invitation));
    }
}
