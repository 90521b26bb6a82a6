using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.UnitTests.Reporting;

public sealed class ValidationRulesTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 1,234 ", 1234)]
    [InlineData("１２", 12)]
    [InlineData("１，２００", 1200)]
    [InlineData("1，200", 1200)]
    [InlineData("", null)]
    public void ParseValueAcceptsWholeNumbersAsTypedOnAJapaneseKeyboard(string text, int? expected)
    {
        Assert.Null(ValidationRules.ParseValue("exhibitors", text, out var value));
        Assert.Equal(expected, value is null ? null : (int)value.Value);
    }

    public static TheoryData<string, ReportingProblem> Refused() => new()
    {
        { "abc", new ReportingProblem.NotANumber() },
        { "十二", new ReportingProblem.NotANumber() },
        { "-1", new ReportingProblem.Negative() },
        { "2.5", new ReportingProblem.NotWhole() },
        { "１２．５", new ReportingProblem.NotWhole() },
        { "－１", new ReportingProblem.Negative() },
        { "2万", new ReportingProblem.NotANumber() },
        { "100000001", new ReportingProblem.TooLarge(ValidationRules.MaxValue) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ParseValueRefusesWithACodeForTheField(string text, ReportingProblem problem)
    {
        var finding = ValidationRules.ParseValue("exhibitors", text, out var value);

        Assert.Equal(new RuleFinding("exhibitors", RuleSeverity.Blocking, problem), finding);
        Assert.Null(value);
    }

    [Fact]
    public void OnlineExhibitorsCannotExceedExhibitors()
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, 10), new("exhibitors", true, 11)], forSubmission: false);

        Assert.Equal(new RuleFinding("exhibitors:online", RuleSeverity.Blocking, new ReportingProblem.SubsetExceedsTotal()), Assert.Single(findings));
    }

    [Fact]
    public void AnOnlinePartNeedsItsTotal()
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, null), new("exhibitors", true, 3)], forSubmission: false);

        Assert.Equal(new RuleFinding("exhibitors:online", RuleSeverity.Blocking, new ReportingProblem.SubsetWithoutTotal()), Assert.Single(findings));
    }

    [Fact]
    public void ParticipatingCitiesNeedParticipatingPrefectures()
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new("participating_prefectures", false, null), new("participating_cities", false, 2)], forSubmission: false);

        Assert.Contains(new RuleFinding("participating_prefectures", RuleSeverity.Blocking, new ReportingProblem.CitiesWithoutPrefectures()), findings);
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(20, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void AValueOutsideThePrefecturesOwnMinMaxHistoryIsAWarning(int value, bool flagged)
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, value, 20, 30)], forSubmission: false);

        Assert.Equal(flagged, findings.Contains(new RuleFinding("exhibitors", RuleSeverity.Warning, new ReportingProblem.OutsideHistory(20, 30))));
        Assert.DoesNotContain(findings, f => f.Severity == RuleSeverity.Blocking);
    }

    [Fact]
    public void ACancelledYearNeedsAReasonAndNoFigures()
    {
        var findings = ValidationRules.Check(ActivityStatus.Cancelled, " ", [new("exhibitors", false, 0)], forSubmission: true);

        Assert.Equal(
            [new RuleFinding(FieldKeys.ActivityReason, RuleSeverity.Blocking, new ReportingProblem.ReasonRequired()), new RuleFinding(null, RuleSeverity.Blocking, new ReportingProblem.FiguresForMissingActivity())],
            findings);
        Assert.Empty(ValidationRules.Check(ActivityStatus.NotHeld, "会場が確保できなかったため", [new("exhibitors", false, null)], forSubmission: true));
    }

    [Fact]
    public void SubmissionNeedsAStatusAndEveryTotalButADraftDoesNot()
    {
        IReadOnlyList<FieldValue> values = [new("exhibitors", false, 5), new("exhibitors", true, null), new("venues", false, null)];

        Assert.Empty(ValidationRules.Check(null, null, values, forSubmission: false));
        var findings = ValidationRules.Check(null, null, values, forSubmission: true);
        Assert.Contains(new RuleFinding(FieldKeys.ActivityStatus, RuleSeverity.Blocking, new ReportingProblem.StatusRequired()), findings);
        Assert.Contains(new RuleFinding(null, RuleSeverity.Blocking, new ReportingProblem.FiguresMissing()), findings);
        Assert.DoesNotContain(ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, 5), new("exhibitors", true, null)], forSubmission: true), f => f.Severity == RuleSeverity.Blocking);
    }

    [Fact]
    public void AnOverLongReasonIsRefusedWithTheLimit()
    {
        var findings = ValidationRules.Check(ActivityStatus.Cancelled, new string('理', ValidationRules.ReasonMaxLength + 1), [], forSubmission: false);

        Assert.Contains(new RuleFinding(FieldKeys.ActivityReason, RuleSeverity.Blocking, new ReportingProblem.ReasonTooLong(ValidationRules.ReasonMaxLength)), findings);
    }

    [Fact]
    public void BusinessMeetingsWithoutExhibitorsAreAWarningOnly()
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, 0), new("business_meetings", false, 4)], forSubmission: true);

        Assert.Equal([new RuleFinding("exhibitors", RuleSeverity.Warning, new ReportingProblem.MeetingsWithoutExhibitors())], findings);
    }

    [Theory]
    [InlineData(47, false)]
    [InlineData(48, true)]
    public void ACountOfPrefecturesIsAtMostFortySeven(int value, bool refused)
    {
        var findings = ValidationRules.Check(ActivityStatus.Held, null, [new(ValidationRules.PrefectureCountIndicator, false, value)], forSubmission: false);

        Assert.Equal(refused, findings.Contains(new RuleFinding(ValidationRules.PrefectureCountIndicator, RuleSeverity.Blocking, new ReportingProblem.TooManyPrefectures(47))));
    }

    public static TheoryData<int, ReportingProblem?> Jumps() => new()
    {
        { 41, new ReportingProblem.AboveTenTimesPreviousYear(4) },
        { 40, null },
        { 1, null },
        { 0, new ReportingProblem.BelowTenthOfPreviousYear(4) },
    };

    [Theory]
    [MemberData(nameof(Jumps))]
    public void AValueFarFromLastYearsIsAWarningThatSubmissionAcceptsOnlyWithAComment(int value, ReportingProblem? problem)
    {
        IReadOnlyList<FieldValue> Values(bool explained) => [new("exhibitors", false, value, PreviousYear: 4, Explained: explained)];

        var draft = ValidationRules.Check(ActivityStatus.Held, null, Values(false), forSubmission: false);
        var unexplained = ValidationRules.Check(ActivityStatus.Held, null, Values(false), forSubmission: true);
        var explained = ValidationRules.Check(ActivityStatus.Held, null, Values(true), forSubmission: true);

        if (problem is null)
        {
            Assert.Empty(draft.Concat(unexplained).Concat(explained));
            return;
        }

        Assert.Equal([new RuleFinding("exhibitors", RuleSeverity.Warning, problem)], draft);
        Assert.Equal([new RuleFinding("exhibitors", RuleSeverity.Blocking, problem)], unexplained);
        Assert.Equal([new RuleFinding("exhibitors", RuleSeverity.Warning, problem)], explained);
    }

    [Fact]
    public void WithoutAnApprovedValueLastYearNothingIsComparedWithIt()
    {
        Assert.Empty(ValidationRules.Check(ActivityStatus.Held, null, [new("exhibitors", false, 900, PreviousYear: null), new("visitors", false, 900, PreviousYear: 0)], forSubmission: true));
    }
}
