using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.Search;

namespace AllJapanTokyo.UnitTests.Procurement;

public sealed class TenderFilterRules
{
    private static readonly DateTime Now = new(2026, 6, 1, 3, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// The status the queries filter and group by (Tender.StatusIs, Tender.StatusExpression) is the one the pages show
    /// (Tender.StatusAt): both come from Tender.ClockRule, for every stored status and clock position.
    /// </summary>
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
                Assert.Equal(shown, Tender.StatusExpression(Now).Compile()(tender));
                Assert.Equal(shown, Tender.StatusAt(stored, start, end, Now));
                foreach (var asked in Enum.GetValues<TenderStatus>())
                {
                    var matches = Tender.StatusIs(asked, Now).Compile()(tender);
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
        Assert.Equal(
            new Dictionary<string, string> { ["q"] = "警備 会場", ["prefecture"] = "01", ["category"] = "works", ["status"] = "tendering", ["sort"] = "newest", ["page"] = "2" },
            filter.RouteValues(2));
        Assert.DoesNotContain("page", filter.RouteValues(1).Keys);
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
    public void EachUnusableValueIsDroppedWithItsCode(string? prefecture, string? category, string? status, string? sort, string? page)
    {
        var (filter, problems) = TenderFilter.From(new TenderSearchInput { Prefecture = prefecture, Category = category, Status = status, Sort = sort, Page = page });

        FilterProblem expected = prefecture is not null ? new FilterProblem.UnknownPrefecture(prefecture)
            : category is not null ? new FilterProblem.UnknownCategory(category)
            : status is not null ? new FilterProblem.UnknownStatus(status)
            : sort is not null ? new FilterProblem.UnknownSort(sort)
            : new FilterProblem.NoSuchPage(page!);
        Assert.Equal(expected, Assert.Single(problems));
        Assert.Equal(TenderFilter.Unfiltered, filter);
    }

    [Fact]
    public void ATooLongKeywordIsDroppedAndLongValuesAreShortenedInTheProblem()
    {
        var (filter, problems) = TenderFilter.From(new TenderSearchInput
        {
            Q = string.Join(' ', Enumerable.Repeat("警備", TenderFilter.MaxKeywordWords + 1)),
            Category = "  an extremely long category value  ",
        });

        Assert.Equal(new FilterProblem[] { new FilterProblem.KeywordTooLong(), new FilterProblem.UnknownCategory("an extremely long ca…") }, problems);
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
