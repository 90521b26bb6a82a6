using AllJapanTokyo.Infrastructure.Seed;

namespace AllJapanTokyo.UnitTests.Infrastructure;

/// <summary>The RFC 4180 reader of the seed tables: quotes, doubled quotes, line breaks in fields, a BOM, short rows.</summary>
public sealed class CsvTableReading
{
    [Fact]
    public void AQuotedFieldMayHoldCommas()
    {
        var table = CsvTable.Parse("name,venue\n見本市,\"東京ビッグサイト,西展示棟\"\n");

        Assert.Equal("東京ビッグサイト,西展示棟", table.Rows.Single()["venue"]);
    }

    [Fact]
    public void ARowSaysHowManyFieldsItHasWhateverTheHeader()
    {
        var table = CsvTable.Parse("code,note\n1,\"燕市,三条市\"\n2,燕市,三条市\n3\n");

        Assert.Equal([2, 3, 1], table.Rows.Select(r => r.FieldCount));
    }

    [Fact]
    public void DoubledQuotesAreOneQuote()
    {
        var table = CsvTable.Parse("note\n\"「\"\"ふるさと\"\"」と呼ぶ\"\n");

        Assert.Equal("「\"ふるさと\"」と呼ぶ", table.Rows.Single()["note"]);
    }

    [Fact]
    public void AQuotedFieldMayHoldLineBreaks()
    {
        var table = CsvTable.Parse("code,note\n1,\"一行目\n二行目\"\n2,三行目\n");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("一行目\n二行目", table.Rows[0]["note"]);
        Assert.Equal("2", table.Rows[1]["code"]);
    }

    [Fact]
    public void AByteOrderMarkDoesNotBecomePartOfTheFirstColumnName()
    {
        var table = CsvTable.Parse("\uFEFFcode,name\n13,東京都\n");

        Assert.Contains("code", table.Columns);
        Assert.Equal("13", table.Rows.Single()["code"]);
    }

    [Fact]
    public void WindowsLineEndingsAndAMissingFinalNewlineAreRead()
    {
        var table = CsvTable.Parse("code,name\r\n01,北海道\r\n47,沖縄県");

        Assert.Equal(["01", "47"], table.Rows.Select(r => r["code"]));
        Assert.Equal("沖縄県", table.Rows[1]["name"]);
    }

    [Fact]
    public void AShortRowReadsItsMissingFieldsAsEmpty()
    {
        var table = CsvTable.Parse("code,name,note\n13,東京都\n");
        var row = table.Rows.Single();

        Assert.Equal("", row["note"]);
        Assert.Null(row.Optional("note"));
        Assert.Null(row.OptionalInt("note"));
    }

    [Fact]
    public void BlankLinesAreSkipped()
    {
        var table = CsvTable.Parse("code\n\n13\n\n27\n\n");

        Assert.Equal(["13", "27"], table.Rows.Select(r => r["code"]));
    }

    [Fact]
    public void FieldsAreTrimmedAndNumbersRead()
    {
        var row = CsvTable.Parse("fiscal_year,visitors,prefectures\n 2020 , 48000 ,\"43; 15;22;\"\n").Rows.Single();

        Assert.Equal(2020, row.Number("fiscal_year"));
        Assert.Equal(48000, row.OptionalInt("visitors"));
        Assert.Equal(["43", "15", "22"], row.Codes("prefectures"));
    }

    [Fact]
    public void AnUnknownColumnIsAnErrorNotAnEmptyValue()
    {
        var row = CsvTable.Parse("code\n13\n").Rows.Single();

        Assert.Contains("'name'", Assert.Throws<KeyNotFoundException>(() => row["name"]).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\n")]
    public void AnEmptyFileIsRefused(string text) =>
        Assert.Throws<FormatException>(() => CsvTable.Parse(text));

    [Fact]
    public void AHeaderWithoutRowsIsAnEmptyTable()
    {
        var table = CsvTable.Parse("code,name\n");

        Assert.Empty(table.Rows);
        Assert.Equal(2, table.Columns.Count);
    }

    [Fact]
    public void EveryEmbeddedSeedTableParsesWithNoRowLongerThanItsHeader()
    {
        string[] files =
        [
            "prefectures.csv", "chapters.csv", "initiatives.csv", "indicators.csv", "fy-results.csv", "events.csv",
            "craft-collaborations.csv", "fund.csv", "fund-investments.csv", "tourism-partnerships.csv",
            "tourist-info-centers.csv", "stamp-rallies.csv", "buyer-organizations.csv",
        ];

        foreach (var file in files)
        {
            var text = SeedFiles.Read(file);
            var records = CsvTable.ReadRecords(text.TrimStart('\uFEFF')).Where(r => r.Length > 1 || r[0].Length > 0).ToList();
            var width = records[0].Length;
            Assert.All(records, r => Assert.True(r.Length <= width, $"{file}: a row has {r.Length} fields, the header {width}."));
        }
    }
}
