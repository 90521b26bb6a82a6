using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement;

namespace AllJapanTokyo.UnitTests.Procurement;

public sealed class TenderFilterRules
{
    private static readonly DateTime Now = new(2026, 6, 1, 3, 0, 0, DateTimeKind.Utc);

    /// <summary>The SQL status predicate must say exactly what Tender.StatusAt says, for every stored status and clock position.</summary>
    [Fact]
    public void StatusPredicateAgreesWithTheDomainRule()
    {
        var positions = new (DateTime Start, DateTime End)[]
        {
            (Now.AddDays(1), Now.AddDays(2)),   // before the bidding period
            (Now, Now.AddDays(1)),              // bidding opens now
            (Now.AddDays(-1), Now.AddDays(1)),  // open for bids
            (Now.AddDays(-2), Now),             // closes now
            (Now.AddDays(-2), Now.AddDays(-1)), // closed
            (Now.AddDays(1), Now.AddDays(-1)),  // inconsistent dates still get one answer
        };

        foreach (var stored in Enum.GetValues<TenderStatus>())
        {
            foreach (var (start, end) in positions)
            {
                var tender = new Tender
                {
                    Reference = "T",
                    Title = "t",
                    Description = "d",
                    DeliveryPrefectureCode = "13",
                    Status = stored,
                    TenderStartUtc = start,
                    TenderEndUtc = end,
                };
                var shown = tender.StatusAt(Now);
                foreach (var asked in ProcurementText.PublicStatuses)
                {
                    var matches = TenderFilter.StatusIs(asked, Now).Compile()(tender);
                    Assert.True(matches == (shown == asked), $"stored {stored}, {start:O}–{end:O}: shows {shown}, filter {asked} says {matches}");
                }
            }
        }
    }

    [Fact]
    public void UsableValuesAreKeptAndNormalised()
    {
        var (filter, problems) = TenderFilter.From(new TenderSearchInput
        {
            Q = "  警備　 会場 ",
            Prefecture = "1",
            Category = "Works",
            Status = "tendering",
            Sort = "newest",
            Page = "3",
        });

        Assert.Empty(problems);
        Assert.Equal("警備 会場", filter.Keyword);
        Assert.Equal(["警備", "会場"], filter.Words);
        Assert.Equal("01", filter.PrefectureCode);
        Assert.Equal(TenderCategory.Works, filter.Category);
        Assert.Equal(TenderStatus.Tendering, filter.Status);
        Assert.Equal(TenderSort.Newest, filter.Sort);
        Assert.Equal(3, filter.Page);
        Assert.Equal("?q=%E8%AD%A6%E5%82%99%20%E4%BC%9A%E5%A0%B4&prefecture=01&category=works&status=tendering&sort=newest&page=2", filter.QueryFor(2));
    }

    [Theory]
    [InlineData("99", null, null, null, null)]
    [InlineData(null, "foo", null, null, null)]
    [InlineData(null, null, "draft", null, null)]
    [InlineData(null, null, null, "cheapest", null)]
    [InlineData(null, null, null, null, "-1")]
    [InlineData(null, null, null, null, "0")]
    [InlineData(null, null, null, null, "1e3")]
    [InlineData(null, null, null, null, "99999999999")]
    public void EachUnusableValueIsDroppedWithAJapaneseMessage(string? prefecture, string? category, string? status, string? sort, string? page)
    {
        var (filter, problems) = TenderFilter.From(new TenderSearchInput { Prefecture = prefecture, Category = category, Status = status, Sort = sort, Page = page });

        var problem = Assert.Single(problems);
        Assert.Contains("表示しています", problem.Japanese);
        Assert.Equal(TenderFilter.Unfiltered, filter);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    public void CsvCellsAreQuotedAndFormulasNeutralised(string value, string expected) =>
        Assert.Equal(expected, AllJapanTokyo.Web.Infrastructure.Csv.Text(value));
}
