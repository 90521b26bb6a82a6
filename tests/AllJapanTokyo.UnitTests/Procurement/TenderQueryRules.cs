using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.UnitTests.Procurement;

/// <summary>The rules the tender portal's queries apply, as the domain states them once for SQL and for memory.</summary>
public sealed class TenderQueryRules
{
    private static readonly DateTime Now = new(2026, 6, 1, 3, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(TenderStatus.Draft, null, false)]
    [InlineData(TenderStatus.Draft, 7, true)]
    [InlineData(TenderStatus.Draft, 8, false)]
    [InlineData(TenderStatus.Published, null, true)]
    [InlineData(TenderStatus.Cancelled, 8, true)]
    public void DraftsAreVisibleToTheirOwnBuyerOnly(TenderStatus status, int? viewer, bool visible)
    {
        var tender = TenderOf(status, buyer: 7);

        Assert.Equal(visible, Tender.VisibleTo(viewer).Compile()(tender));
        Assert.Equal(status != TenderStatus.Draft, Tender.IsPublic.Compile()(tender));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void BidsOpenAtTheDeadlineInTheQueryAsInMemory(int secondsToDeadline, bool open)
    {
        var tender = TenderOf(TenderStatus.Published, buyer: 7, tenderEnd: Now.AddSeconds(secondsToDeadline));

        Assert.Equal(open, tender.BidsAreOpen(Now));
        Assert.Equal(open, Tender.BidsOpenAt(Now).Compile()(tender));
    }

    [Theory]
    [InlineData(TenderStatus.Published, true, true)]
    [InlineData(TenderStatus.Awarded, true, true)]
    [InlineData(TenderStatus.Draft, true, false)]
    [InlineData(TenderStatus.Cancelled, true, false)]
    [InlineData(TenderStatus.Published, false, false)]
    public void OnlyPublishedTendersStillStandingMayBeRecommended(TenderStatus status, bool published, bool recommendable)
    {
        var tender = TenderOf(status, buyer: 7, publishedAtUtc: published ? Now.AddDays(-1) : null);

        Assert.Equal(recommendable, Tender.MayBeRecommended.Compile()(tender));
    }

    [Fact]
    public void AWithdrawnBidNoLongerStands()
    {
        var bid = new Bid { TenderId = 1, EnterpriseId = 2 };
        bid.Write(1_000, null, Guid.NewGuid(), Now);
        var standing = Bid.IsStanding.Compile();

        Assert.True(standing(bid));
        bid.Withdraw(Now);
        Assert.False(standing(bid));
    }

    /// <summary>The 関東 coordinator's region holds Tokyo and Kanagawa; 近畿 holds Osaka.</summary>
    [Theory]
    [InlineData("E", "13", "region-wide E, Tokyo E")]
    [InlineData("E", "14", "region-wide E")]
    [InlineData("A", "13", "region-wide A")]
    [InlineData("E", "27", "Kinki E")]
    [InlineData("G", "13", "")]
    public void RecommendationsAreMeantForTheirIndustryAndPrefectureOrTheWholeRegion(string jsic, string prefecture, string expected)
    {
        var regions = new List<CoordinatorRegion>
        {
            new() { Id = 1, Code = "kanto", NameJa = "関東", NameEn = "Kanto", Prefectures = [new() { CoordinatorRegionId = 1, PrefectureCode = "13" }, new() { CoordinatorRegionId = 1, PrefectureCode = "14" }] },
            new() { Id = 2, Code = "kinki", NameJa = "近畿", NameEn = "Kinki", Prefectures = [new() { CoordinatorRegionId = 2, PrefectureCode = "27" }] },
        }.AsQueryable();
        var recommendations = new[]
        {
            Recommendation("region-wide E", 1, "E", null),
            Recommendation("Tokyo E", 1, "E", "13"),
            Recommendation("region-wide A", 1, "A", null),
            Recommendation("Kinki E", 2, "E", null),
        };

        var meant = recommendations.AsQueryable().Where(TenderRecommendation.MeantFor(jsic, prefecture, regions)).Select(r => r.RecommendedBy);

        Assert.Equal(expected, string.Join(", ", meant));
    }

    private static TenderRecommendation Recommendation(string name, int region, string jsic, string? prefecture) =>
        new() { CoordinatorRegionId = region, JsicMajorGroup = jsic, PrefectureCode = prefecture, RecommendedBy = name };

    private static Tender TenderOf(TenderStatus status, int buyer, DateTime? tenderEnd = null, DateTime? publishedAtUtc = null) => new()
    {
        Reference = "T-2026-000001",
        Title = "会場設営業務委託",
        Description = "試験",
        DeliveryPrefectureCode = "13",
        BuyerOrganizationId = buyer,
        Status = status,
        PublishedAtUtc = publishedAtUtc,
        EnquiryEndUtc = Now.AddDays(-10),
        TenderStartUtc = Now.AddDays(-9),
        TenderEndUtc = tenderEnd ?? Now.AddDays(5),
    };
}
