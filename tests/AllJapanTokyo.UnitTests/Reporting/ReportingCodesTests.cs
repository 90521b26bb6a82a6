using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.UnitTests.Localization;
using AllJapanTokyo.Web.Areas.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Administration;
using AllJapanTokyo.Web.Areas.Reporting.Entry;
using AllJapanTokyo.Web.Areas.Reporting.Transfer;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.UnitTests.Reporting;

/// <summary>Reporting's codes: read in one place, and each one worded in Japanese and English by ReportingText.</summary>
public sealed class ReportingCodesTests
{
    private static readonly PortalText L = TestText.L;

    [Theory]
    [InlineData("held", ActivityStatus.Held)]
    [InlineData(" cancelled ", ActivityStatus.Cancelled)]
    [InlineData("not_held", ActivityStatus.NotHeld)]
    public void AReportGivesHeldCancelledOrNotHeld(string code, ActivityStatus expected)
    {
        Assert.True(ReportCodes.TryParseStatus(code, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("ongoing")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Held")]
    public void OngoingEmptyOrUnknownIsNotAReportedStatus(string? code) => Assert.False(ReportCodes.TryParseStatus(code, out _));

    [Theory]
    [InlineData("", ValueQualifier.Exact, true)]
    [InlineData("exact", ValueQualifier.Exact, true)]
    [InlineData("at_least", ValueQualifier.AtLeast, true)]
    [InlineData("approx", ValueQualifier.Approx, true)]
    [InlineData("about", ValueQualifier.Exact, false)]
    public void QualifiersAreReadFromTheirCodes(string code, ValueQualifier expected, bool known)
    {
        Assert.Equal(known, ReportCodes.TryParseQualifier(code, out var qualifier));
        Assert.Equal(expected, qualifier);
    }

    public static TheoryData<object> EveryCode()
    {
        var data = new TheoryData<object>();
        foreach (var type in new[] { typeof(ReportingProblem), typeof(ImportIssue), typeof(AdminNotice) })
        {
            foreach (var nested in type.GetNestedTypes().Where(t => t.IsSubclassOf(type)))
            {
                var constructor = nested.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
                data.Add(constructor.Invoke(constructor.GetParameters().Select(p => Sample(p.ParameterType)).ToArray()));
            }
        }

        foreach (var value in Enum.GetValues<FormNotice>().Cast<object>()
            .Concat(Enum.GetValues<ReviewState>().Cast<object>())
            .Concat(Enum.GetValues<ReportStatus>().Cast<object>())
            .Concat(Enum.GetValues<AuditAction>().Cast<object>())
            .Concat(Enum.GetValues<ParticipationRole>().Cast<object>()))
        {
            data.Add(value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void EveryCodeHasItsJapaneseAndItsEnglish(object code)
    {
        var japanese = In(PortalLanguage.Japanese, code);
        var english = In(PortalLanguage.English, code);

        Assert.False(english.ResourceNotFound, $"{code}: no English for '{english.Name}'");
        Assert.NotEqual(japanese.Value, english.Value);
        Assert.DoesNotContain("（", english.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFiguresOfAProblemAreWrittenInTheText()
    {
        Assert.Equal("要確認：これまでの実績（1,200〜3,000）の範囲外です。", In(PortalLanguage.Japanese, new ReportingProblem.OutsideHistory(1200, 3000)).Value);
        Assert.Contains("100,000,000", In(PortalLanguage.English, new ReportingProblem.TooLarge(ValidationRules.MaxValue)).Value, StringComparison.Ordinal);
        Assert.Equal("value：整数で入力してください。", In(PortalLanguage.Japanese, new ImportIssue.Rule(new ReportingProblem.NotWhole(), "value")).Value);
    }

    private static LocalizedString In(PortalLanguage language, object code) => L.Within(language, () => code switch
    {
        ReportingProblem problem => L.Of(problem),
        ImportIssue issue => L.Of(issue),
        AdminNotice notice => L.Of(notice),
        FormNotice notice => L.Of(notice),
        ReviewState state => L.Of(state),
        ReportStatus status => L.Of(status),
        AuditAction action => L.Of(action),
        ParticipationRole role => L.Of(role),
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    });

    private static object? Sample(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(int) ? 2020
        : type == typeof(ReportingProblem) ? new ReportingProblem.NotANumber()
        : type.IsValueType ? Activator.CreateInstance(type)
        : null;
}
