using System.Net;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Crafts;

/// <summary>Call rounds: Tokyo opens them, makers and designers apply separately until the deadline, Tokyo selects after it.</summary>
[Collection(PortalCollection.Name)]
public sealed class CallRoundApplying(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TokyoOpensARoundWithADeadlineAndOthersMayNot(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var title = $"令和8年度 募集{Guid.NewGuid():N}"[..20];

        var (refused, refusedPage) = await CraftsTestData.PostAsync(official, "/crafts/rounds", "/crafts/rounds", ("TitleJa", title), ("Deadline", "2026/04/30"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal([nameof(CraftProblem.NotADate)], CraftsTestData.Problems(refusedPage));

        var (opened, _) = await CraftsTestData.PostAsync(official, "/crafts/rounds", "/crafts/rounds", ("TitleJa", title), ("Deadline", "2027-01-31"), ("DescriptionJa", "作り手とデザイナーを募集します。"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var round = await portal.WithDbAsync(db => db.CraftCallRounds.AsNoTracking().SingleAsync(r => r.TitleJa == title));
        // The whole day counts, in Japan time: until 31 January 23:59:59 JST.
        Assert.Equal(new DateTime(2027, 1, 31, 15, 0, 0, DateTimeKind.Utc).AddTicks(-10), round.DeadlineUtc);
        Assert.Equal(2026, round.FiscalYear);

        var (_, makerEmail) = await CraftsTestData.MakerAsync(portal);
        var maker = await PortalClient.SignedInAsync(portal, makerEmail, CraftsTestData.Password);
        var (_, roundsPage) = await maker.GetPageAsync("/crafts/rounds");
        Assert.Null(roundsPage.QuerySelector("form[action='/crafts/rounds']"));
        var token = PortalClient.AntiforgeryToken((await maker.GetPageAsync($"/crafts/rounds/{round.Id}")).Document);
        var byMaker = await maker.Http.PostAsync("/crafts/rounds", new FormUrlEncodedContent([new("TitleJa", "乗っ取り"), new("Deadline", "2027-01-31"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, byMaker.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.CraftCallRounds.AnyAsync(r => r.TitleJa == "乗っ取り")));

        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        Assert.Equal(HttpStatusCode.Forbidden, (await niigata.GetAsync("/crafts/rounds")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MakersAndDesignersApplySeparatelyOnceEachAndDesignersShowARecentProduct(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var roundId = await CraftsTestData.RoundAsync(portal, open: true);
        var (makerId, makerEmail) = await CraftsTestData.MakerAsync(portal);
        var (designerId, designerEmail) = await CraftsTestData.DesignerAsync(portal);
        var maker = await PortalClient.SignedInAsync(portal, makerEmail, CraftsTestData.Password);
        var designer = await PortalClient.SignedInAsync(portal, designerEmail, CraftsTestData.Password);
        var url = $"/crafts/rounds/{roundId}";

        var (empty, emptyPage) = await CraftsTestData.PostMultipartAsync(maker, url, url + "/apply", [new("statementJa", " ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal([nameof(CraftProblem.Required)], CraftsTestData.Problems(emptyPage));

        var (applied, appliedPage) = await CraftsTestData.PostMultipartAsync(maker, url, url + "/apply", [new("statementJa", "くみひもで筆記具を")]);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.NotNull(appliedPage.QuerySelector("#applied"));
        var application = await portal.WithDbAsync(db => db.CraftRoundApplications.AsNoTracking().SingleAsync(a => a.RoundId == roundId && a.MakerId == makerId));
        Assert.Equal((CraftApplicantSide.Maker, (int?)null, (DateTime?)null), (application.Side, application.DesignerId, application.SelectedAtUtc));

        var (again, againPage) = await CraftsTestData.PostMultipartAsync(maker, url, url + "/apply", [new("statementJa", "もう一度")]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal([nameof(CraftProblem.AlreadyApplied)], CraftsTestData.Problems(againPage));
        Assert.Equal(1, await portal.WithDbAsync(db => db.CraftRoundApplications.CountAsync(a => a.RoundId == roundId && a.MakerId == makerId)));

        // A designer applies with a recent product: text and an image, checked by content.
        var (noImage, noImagePage) = await CraftsTestData.PostMultipartAsync(designer, url, url + "/apply", [new("statementJa", "漆の新しい使い方を"), new("recentProductJa", "和紙の照明")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noImage.StatusCode);
        Assert.Equal([nameof(CraftProblem.ImageMissing)], CraftsTestData.Problems(noImagePage));
        var (notImage, notImagePage) = await CraftsTestData.PostMultipartAsync(designer, url, url + "/apply", [new("statementJa", "漆の新しい使い方を"), new("recentProductJa", "和紙の照明")],
            ("recentProductImage", "lamp.png", "not an image at all"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notImage.StatusCode);
        Assert.Equal([nameof(CraftProblem.NotAnImage)], CraftsTestData.Problems(notImagePage));
        Assert.False(await portal.WithDbAsync(db => db.CraftRoundApplications.AnyAsync(a => a.DesignerId == designerId)));

        var (designed, _) = await CraftsTestData.PostMultipartAsync(designer, url, url + "/apply", [new("statementJa", "漆の新しい使い方を"), new("recentProductJa", "和紙の照明")],
            ("recentProductImage", "lamp.png", CraftsTestData.Png));
        Assert.Equal(HttpStatusCode.OK, designed.StatusCode);
        var designerApplication = await portal.WithDbAsync(db => db.CraftRoundApplications.AsNoTracking().SingleAsync(a => a.RoundId == roundId && a.DesignerId == designerId));
        Assert.Equal(("和紙の照明", "image/png", (int?)null), (designerApplication.RecentProductJa, designerApplication.RecentProductImageType, designerApplication.MakerId));

        // Each sees only its own application; the designer's image is not the maker's to read.
        var (_, makerView) = await maker.GetPageAsync(url);
        Assert.NotNull(makerView.QuerySelector($"[data-application='{application.Id}']"));
        Assert.Null(makerView.QuerySelector($"[data-application='{designerApplication.Id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await maker.GetAsync($"/crafts/rounds/applications/{designerApplication.Id}/image")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync($"/crafts/rounds/applications/{designerApplication.Id}/image")).StatusCode);

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var (_, staffView) = await official.GetPageAsync(url);
        Assert.Equal(2, staffView.QuerySelectorAll("tr[data-application]").Length);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AfterTheDeadlineApplicationsAreRefusedAndTokyoSelects(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var open = await CraftsTestData.RoundAsync(portal, open: true);
        var closed = await CraftsTestData.RoundAsync(portal, open: false);
        var (makerId, makerEmail) = await CraftsTestData.MakerAsync(portal);
        var (otherMakerId, _) = await CraftsTestData.MakerAsync(portal, "津軽塗", "02");
        var maker = await PortalClient.SignedInAsync(portal, makerEmail, CraftsTestData.Password);

        // The form is gone after the deadline; a post made anyway (a page left open) is refused, nothing stored.
        var (_, closedPage) = await maker.GetPageAsync($"/crafts/rounds/{closed}");
        Assert.Null(closedPage.QuerySelector("form[action$='/apply']"));
        var (_, openPage) = await maker.GetPageAsync($"/crafts/rounds/{open}");
        var token = PortalClient.AntiforgeryToken(openPage, $"/crafts/rounds/{open}/apply");
        using var late = new MultipartFormDataContent { { new StringContent("遅れて応募"), "statementJa" }, { new StringContent(token), "__RequestVerificationToken" } };
        var lateResponse = await maker.Http.PostAsync($"/crafts/rounds/{closed}/apply", late);
        Assert.Equal(HttpStatusCode.Conflict, lateResponse.StatusCode);
        Assert.Equal([nameof(CraftProblem.DeadlinePassed)], CraftsTestData.Problems(PortalClient.Parse(await lateResponse.Content.ReadAsStringAsync())));
        Assert.False(await portal.WithDbAsync(db => db.CraftRoundApplications.AnyAsync(a => a.RoundId == closed && a.MakerId == makerId)));

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var onOpen = await CraftsTestData.ApplicationAsync(portal, open, otherMakerId, null, selected: false);
        var (early, earlyPage) = await CraftsTestData.PostAsync(official, $"/crafts/rounds/{open}", $"/crafts/rounds/{open}/applications/{onOpen}/select", ("selected", "true"));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal([nameof(CraftProblem.RoundStillOpen)], CraftsTestData.Problems(earlyPage));

        var onClosed = await CraftsTestData.ApplicationAsync(portal, closed, otherMakerId, null, selected: false);
        var (selected, _) = await CraftsTestData.PostAsync(official, $"/crafts/rounds/{closed}", $"/crafts/rounds/{closed}/applications/{onClosed}/select", ("selected", "true"));
        Assert.Equal(HttpStatusCode.Redirect, selected.StatusCode);
        Assert.NotNull(await portal.WithDbAsync(db => db.CraftRoundApplications.Where(a => a.Id == onClosed).Select(a => a.SelectedAtUtc).SingleAsync()));

        // Makers do not select, not even themselves; an application of another round is not found.
        var selfToken = PortalClient.AntiforgeryToken((await maker.GetPageAsync($"/crafts/rounds/{open}")).Document);
        var bySelf = await maker.Http.PostAsync($"/crafts/rounds/{closed}/applications/{onClosed}/select", new FormUrlEncodedContent([new("selected", "false"), new("__RequestVerificationToken", selfToken)]));
        Assert.Equal(HttpStatusCode.Forbidden, bySelf.StatusCode);
        var (wrongRound, _) = await CraftsTestData.PostAsync(official, $"/crafts/rounds/{closed}", $"/crafts/rounds/{open}/applications/{onClosed}/select", ("selected", "false"));
        Assert.Equal(HttpStatusCode.NotFound, wrongRound.StatusCode);
        Assert.NotNull(await portal.WithDbAsync(db => db.CraftRoundApplications.Where(a => a.Id == onClosed).Select(a => a.SelectedAtUtc).SingleAsync()));
    }
}
