using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.Ocds;

namespace AllJapanTokyo.UnitTests.Procurement;

/// <summary>An OCDS release is dated when its news was recorded: the award, cancellation, unsuccessful close or completion.</summary>
public sealed class OcdsReleaseDates
{
    private static readonly DateTime Published = new(2020, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime TenderEnd = new(2020, 10, 23, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = new(2020, 11, 5, 3, 4, 5, DateTimeKind.Utc);
    private static readonly DateTime Now = new(2020, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Tender Tender(TenderStatus status) => new()
    {
        Reference = "T-2020-000007",
        Title = "会場警備業務委託",
        Description = "試験",
        DeliveryPrefectureCode = "13",
        Status = status,
        PublishedAtUtc = Published,
        EnquiryEndUtc = Published.AddDays(5),
        TenderStartUtc = Published.AddDays(7),
        TenderEndUtc = TenderEnd,
    };

    [Fact]
    public void RecordedMomentsDateTheirReleases()
    {
        // Each moment is recorded the way the portal records it: by the tender's own lifecycle.
        var awarded = Tender(TenderStatus.Published);
        awarded.Award(WinningBid(), Later.AddTicks(1234));
        var complete = Tender(TenderStatus.Published);
        complete.Award(WinningBid(), Later);
        complete.RecordContract(1_000_000, JapanTime.DayOf(Later), Later);
        complete.Complete(Later.AddDays(30));
        var cancelled = Tender(TenderStatus.Published);
        cancelled.Cancel("会場の都合", Later);
        var unsuccessful = Tender(TenderStatus.Published);
        unsuccessful.MarkUnsuccessful(Later);

        Assert.Equal(Later, OcdsReleaseBuilder.ReleaseDateUtc(awarded, TenderStatus.Awarded, Now));
        Assert.Equal(Later.AddDays(30), OcdsReleaseBuilder.ReleaseDateUtc(complete, TenderStatus.Complete, Now));
        Assert.Equal(Later, OcdsReleaseBuilder.ReleaseDateUtc(cancelled, TenderStatus.Cancelled, Now));
        Assert.Equal(Later, OcdsReleaseBuilder.ReleaseDateUtc(unsuccessful, TenderStatus.Unsuccessful, Now));
    }

    /// <summary>An active bid on the tender (id 0, as the tender), made during the tender period.</summary>
    private static Bid WinningBid() => new() { Id = 3, EnterpriseId = 11, AmountYen = 980_000, SubmittedAtUtc = TenderEnd.AddDays(-2) };

    [Fact]
    public void TendersLoadedInTheirFinalStateFallBackToTheCloseOfBidsOrThePublication()
    {
        Assert.Equal(TenderEnd, OcdsReleaseBuilder.ReleaseDateUtc(Tender(TenderStatus.Complete), TenderStatus.Complete, Now));
        Assert.Equal(Published, OcdsReleaseBuilder.ReleaseDateUtc(Tender(TenderStatus.Cancelled), TenderStatus.Cancelled, Now));
        Assert.Equal(Published, OcdsReleaseBuilder.ReleaseDateUtc(Tender(TenderStatus.Published), TenderStatus.Tendering, Now));
    }
}
