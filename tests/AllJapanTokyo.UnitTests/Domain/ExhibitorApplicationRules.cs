using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;

namespace AllJapanTokyo.UnitTests.Domain;

public sealed class ExhibitorApplicationRules
{
    private static readonly DateTime Now = new(2026, 11, 30, 6, 0, 0, DateTimeKind.Utc);

    private static ExhibitorApplication Applied() => new() { PrefectureCode = "15", ProductsJa = "燕三条の金属製品" };

    [Fact]
    public void AnApplicationMovesFromAppliedThroughSelectedToConfirmedAndCanBeWithdrawn()
    {
        var application = Applied();
        var version = application.Version;
        Assert.Null(application.Select(Now));
        Assert.Equal(ApplicationStatus.Selected, application.Status);
        Assert.NotEqual(version, application.Version);
        Assert.Null(application.AllocateBooth(3, 5, Now));
        Assert.Null(application.Confirm(Now));
        Assert.Equal((ApplicationStatus.Confirmed, 3), (application.Status, application.BoothNumber));
        Assert.Null(application.Withdraw(Now));
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Null(application.BoothNumber);
    }

    [Fact]
    public void DecisionsThatDoNotFitTheStateAreRefusedAndChangeNothing()
    {
        var application = Applied();
        Assert.Equal(ApplicationProblem.WrongState, application.Confirm(Now));
        Assert.Equal(ApplicationProblem.WrongState, application.AllocateBooth(1, 5, Now));
        Assert.Null(application.NotSelect(Now));
        Assert.Equal(ApplicationProblem.WrongState, application.Withdraw(Now));
        Assert.Equal(ApplicationProblem.WrongState, application.Confirm(Now));
        Assert.Null(application.Select(Now));
        Assert.Equal(ApplicationProblem.NoSuchBooth, application.AllocateBooth(6, 5, Now));
        Assert.Equal(ApplicationProblem.NoSuchBooth, application.AllocateBooth(0, 5, Now));
        Assert.Null(application.BoothNumber);
        Assert.Null(application.Withdraw(Now));
        Assert.Equal(ApplicationProblem.WrongState, application.Select(Now));
    }

    [Fact]
    public void NotSelectingFreesTheBoothAndAPrefectureRecommendsOnlyItsOwnCompanies()
    {
        var application = Applied();
        application.Select(Now);
        application.AllocateBooth(2, 5, Now);
        Assert.Null(application.NotSelect(Now));
        Assert.Null(application.BoothNumber);
        Assert.Equal(ApplicationProblem.NotOwnPrefecture, application.RecommendBy("27"));
        Assert.Null(application.RecommendedByPrefectureCode);
        Assert.Null(application.RecommendBy("15"));
        Assert.Equal("15", application.RecommendedByPrefectureCode);
    }

    [Fact]
    public void AnEventTakesApplicationsWithinItsWindowOnlyAndClosesOnceItHasBegun()
    {
        var e = new Event
        {
            InitiativeCode = "2-3", NameJa = "全国ゾーン", Type = FairEventType.ExhibitionZone,
            ApplicationOpensOn = new DateOnly(2026, 6, 1), ApplicationClosesOn = new DateOnly(2026, 6, 30),
            Start = PartialDate.OfDay(new DateOnly(2026, 9, 1)), End = PartialDate.OfDay(new DateOnly(2026, 9, 3)),
            InvitedPrefectures = [new EventInvitedPrefecture { PrefectureCode = "15" }],
        };
        Assert.False(e.AcceptsApplicationsOn(new DateOnly(2026, 5, 31)));
        Assert.True(e.AcceptsApplicationsOn(new DateOnly(2026, 6, 1)));
        Assert.True(e.AcceptsApplicationsOn(new DateOnly(2026, 6, 30)));
        Assert.False(e.AcceptsApplicationsOn(new DateOnly(2026, 7, 1)));
        Assert.True(e.Invites("15"));
        Assert.False(e.Invites("27"));

        Assert.Equal(ApplicationProblem.EventNotStarted, e.Close(new DateOnly(2026, 8, 31), Now));
        Assert.False(e.AwaitsClosing(new DateOnly(2026, 9, 3)));
        Assert.True(e.AwaitsClosing(new DateOnly(2026, 9, 4)));
        Assert.Null(e.Close(new DateOnly(2026, 9, 4), Now));
        Assert.Equal(ActivityStatus.Held, e.Status);
        Assert.False(e.AcceptsApplicationsOn(new DateOnly(2026, 6, 15)));
        Assert.Equal(ApplicationProblem.EventClosed, e.Close(new DateOnly(2026, 9, 5), Now));
    }
}
