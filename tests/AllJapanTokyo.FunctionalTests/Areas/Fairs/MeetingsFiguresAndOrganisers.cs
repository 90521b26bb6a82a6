using System.Net;
using AllJapanTokyo.Domain.Meetings;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllJapanTokyo.FunctionalTests.Areas.Fairs.MeetingsTestData;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

/// <summary>Who organises an event's meetings, and the figures the meetings held propose to the reporting workflow.</summary>
[Collection(PortalCollection.Name)]
public sealed class MeetingsFiguresAndOrganisers(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnOrganiserRunsOnlyTheEventsDelegatedToIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var mine = await ProgrammeAsync(portal);
        var other = await ProgrammeAsync(portal);
        var organizer = await PortalClient.SignedInAsync(portal, await OrganizerAsync(portal, mine.EventId));

        var (response, page) = await organizer.GetPageAsync(mine.Grid);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"form[action='{mine.Grid}/schedule']"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(organizer, mine.Grid, mine.Grid + "/schedule")).StatusCode);

        var refused = await organizer.Http.GetAsync(other.Grid);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(refused.IsSuccessStatusCode);
        var token = PortalClient.AntiforgeryToken(page);
        var posted = await organizer.Http.PostAsync(other.Grid + "/freeze", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.False(posted.IsSuccessStatusCode || posted.StatusCode == HttpStatusCode.Redirect && posted.Headers.Location?.OriginalString.Contains("/meetings") == true);
        Assert.Null(await portal.WithDbAsync(db => db.MeetingProgrammes.Where(p => p.Id == other.ProgrammeId).Select(p => p.FrozenAtUtc).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AfterTheEventTheMeetingsHeldAreProposedForTheIndicatorsTheFormHas(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        // 2-5's form has events held and participating prefectures, not business meetings.
        var setup = await ProgrammeAsync(portal, initiative: "2-5", host: "47");
        var buyer = await ParticipantAsync(portal, setup, MeetingSide.Buyer, organisation: true);
        var supplier = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        var other = await ParticipantAsync(portal, setup, MeetingSide.Supplier);
        await MeetingAsync(portal, setup, buyer, supplier, setup.PastSessionId, 0, 1);
        await MeetingAsync(portal, setup, buyer, other, setup.FutureSessionId, 0, 1);
        var official = await PortalClient.SignedInAsync(portal, Official);
        var figures = setup.Grid + "/figures";

        var early = await PostAsync(official, setup.Grid, figures);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("実績は、最後のセッションが終わってから送れます。", await early.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync(portal, db => db.ComputedFigures.Where(f => f.SourceKind == "fairs.meetings" && f.SourceKey == setup.EventId.ToString())));

        await EndAsync(portal, setup);
        var (_, page) = await official.GetPageAsync(setup.Grid);
        Assert.NotNull(page.QuerySelector($"form[action='{figures}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(official, setup.Grid, figures)).StatusCode);
        var proposed = await portal.WithDbAsync(db => db.ComputedFigures.AsNoTracking().Where(f => f.SourceKind == "fairs.meetings" && f.SourceKey == setup.EventId.ToString()).ToListAsync());
        Assert.Equal(["events_held", "participating_prefectures"], proposed.Select(f => f.IndicatorCode).Order().ToList());
        Assert.All(proposed, f => Assert.Equal((2026, "2-5", "47", true), (f.FiscalYear, f.InitiativeCode, f.PrefectureCode, f.IsSynthetic)));
        Assert.Equal(1m, proposed.Single(f => f.IndicatorCode == "events_held").Value);
        Assert.Equal(1m, proposed.Single(f => f.IndicatorCode == "participating_prefectures").Value);
        Assert.Contains("ほか同じ施策・年度・開催地の商談会の実施済み商談から算出", proposed[0].DescriptionJa);

        // The form of 2-4 (the business-meeting measure) takes events held.
        var meetingsMeasure = await ProgrammeAsync(portal, host: "46");
        await EndAsync(portal, meetingsMeasure);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(official, meetingsMeasure.Grid, meetingsMeasure.Grid + "/figures")).StatusCode);
        Assert.Equal(1, await CountAsync(portal, db => db.ComputedFigures.Where(f => f.SourceKey == meetingsMeasure.EventId.ToString() && f.IndicatorCode == "events_held")));
    }
}
