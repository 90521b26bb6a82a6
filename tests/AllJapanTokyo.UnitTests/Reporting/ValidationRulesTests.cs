using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.UnitTests.Reporting;

public sealed class ValidationRulesTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 1,234 ", 1234)]
    [InlineData("１２", 12)]
    [InlineData("", null)]
    public void ParseValueAcceptsWholeNumbersAsTypedOnAJapaneseKeyboard(string text, int? expected)
    {
        Assert.Null(ValidationRules.ParseValue("exhibitors", text, out var value));
        Assert.Equal(expected, value is null ? null : (int)value.Value);
    }

    [Theory]
    [InlineData("abc", "数値を半角数字で入力してください。")]
    [InlineData("-1", "0以上の数値を入力してください。")]
    [InlineData("2.5", "整数で入力してください。")]
    [InlineData("100000001", "1億以下の数値を入力してください。")]
    public void ParseValueRefusesWithAJapaneseAndEnglishMessage(string text, string japanese)
    {
        var finding = ValidationRules.ParseValue("exhibitors", text, out _);

        Assert.NotNull(finding);
        Assert.Equal(RuleSeverity.Blocking, finding.Severity);
        Assert.StartsWith(japanese + " / ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlineExhibitorsCannotExceedExhibitors()
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, 10), new("exhibitors", true, 11)], forSubmission: false);

        var finding = Assert.Single(findings);
        Assert.Equal("exhibitors:online", finding.FieldKey);
        Assert.Equal(RuleSeverity.Blocking, finding.Severity);
    }

    [Fact]
    public void ParticipatingCitiesNeedParticipatingPrefectures()
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new("participating_prefectures", false, null), new("participating_cities", false, 2)], forSubmission: false);

        Assert.Contains(findings, f => f.FieldKey == "participating_prefectures" && f.Severity == RuleSeverity.Blocking);
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(20, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void AValueOutsideThePrefecturesOwnMinMaxHistoryIsAWarning(int value, bool flagged)
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, value, 20, 30)], forSubmission: false);

        Assert.Equal(flagged, findings.Any(f => f.Severity == RuleSeverity.Warning && f.MessageJa.StartsWith("要確認", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.Severity == RuleSeverity.Blocking);
    }

    [Fact]
    public void ACancelledYearNeedsAReasonAndNoFigures()
    {
        var findings = ValidationRules.Check(ActivityStatus.Cancelled, " ", [new("exhibitors", false, 0)], forSubmission: true);

        Assert.Equal(2, findings.Count(f => f.Severity == RuleSeverity.Blocking));
        Assert.Empty(ValidationRules.Check(ActivityStatus.NotHeld, "会場が確保できなかったため", [new("exhibitors", false, null)], forSubmission: true));
    }

    [Fact]
    public void SubmissionNeedsAStatusAndEveryTotalButADraftDoesNot()
    {
        IReadOnlyList<FieldValue> values = [new("exhibitors", false, 5), new("exhibitors", true, null), new("venues", false, null)];

        Assert.Empty(ValidationRules.Check(null, null, values, forSubmission: false));
        var findings = ValidationRules.Check(null, null, values, forSubmission: true);
        Assert.Contains(findings, f => f.FieldKey == "ActivityStatus");
        Assert.Contains(findings, f => f.MessageJa.StartsWith("提出の前にすべての実績値", StringComparison.Ordinal));
        Assert.DoesNotContain(ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, 5), new("exhibitors", true, null)], forSubmission: true), f => f.Severity == RuleSeverity.Blocking);
    }
}
