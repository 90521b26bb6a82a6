using System.Net;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Crafts;

/// <summary>A maker keeps its own profile, linked to crafts, with photos checked by content and size; never another's.</summary>
[Collection(PortalCollection.Name)]
public sealed class MakerProfileKeeping(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AMakerRegistersItsProfileLinkedToCraftsAndRequiredFieldsAreRefused(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var email = await CraftsTestData.AccountAsync(portal, Roles.Maker);
        var userId = await CraftsTestData.UserIdAsync(portal, email);
        var maker = await PortalClient.SignedInAsync(portal, email, CraftsTestData.Password);
        var (mineResponse, _) = await maker.GetPageAsync("/crafts/makers/me");
        Assert.Equal(HttpStatusCode.OK, mineResponse.StatusCode);
        var (tsugaru, aizu) = await portal.WithDbAsync(async db =>
            (await db.Crafts.Where(c => c.NameJa == "津軽塗").Select(c => c.Id).SingleAsync(), await db.Crafts.Where(c => c.NameJa == "会津塗").Select(c => c.Id).SingleAsync()));

        var (refused, refusedPage) = await CraftsTestData.PostAsync(maker, "/crafts/makers/me", "/crafts/makers/me",
            ("NameJa", " "), ("Kind", "Workshop"), ("PrefectureCode", "02"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal([nameof(CraftProblem.Required), nameof(CraftProblem.Required)], CraftsTestData.Problems(refusedPage));
        Assert.False(await portal.WithDbAsync(db => db.CraftMakers.AnyAsync(m => m.UserId == userId)));

        var (unknown, unknownPage) = await CraftsTestData.PostAsync(maker, "/crafts/makers/me", "/crafts/makers/me",
            ("NameJa", "弘前漆工房"), ("Kind", "Workshop"), ("PrefectureCode", "02"), ("CraftIds", "999999"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal([nameof(CraftProblem.UnknownCraft)], CraftsTestData.Problems(unknownPage));

        var (saved, _) = await CraftsTestData.PostAsync(maker, "/crafts/makers/me", "/crafts/makers/me",
            ("NameJa", "弘前漆工房"), ("Kind", "Workshop"), ("PrefectureCode", "02"), ("CraftIds", tsugaru.ToString()), ("CraftIds", aizu.ToString()), ("ProfileJa", "唐塗を受け継ぐ工房です。"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await portal.WithDbAsync(db => db.CraftMakers.AsNoTracking().Include(m => m.Crafts).SingleAsync(m => m.UserId == userId));
        Assert.Equal(("弘前漆工房", CraftMakerKind.Workshop, "02"), (profile.NameJa, profile.Kind, profile.PrefectureCode));
        Assert.Equal(new[] { aizu, tsugaru }.Order(), profile.Crafts.Select(c => c.CraftId).Order());

        // Editing keeps one profile per account.
        await CraftsTestData.PostAsync(maker, "/crafts/makers/me", "/crafts/makers/me",
            ("NameJa", "弘前漆工房"), ("Kind", "Workshop"), ("PrefectureCode", "02"), ("CraftIds", tsugaru.ToString()));
        Assert.Equal(1, await portal.WithDbAsync(db => db.CraftMakers.CountAsync(m => m.UserId == userId)));
        Assert.Equal([tsugaru], await portal.WithDbAsync(db => db.CraftMakerCrafts.Where(c => c.MakerId == profile.Id).Select(c => c.CraftId).ToArrayAsync()));

        var (shown, shownPage) = await maker.GetPageAsync($"/crafts/makers/{profile.Id}");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("津軽塗", shownPage.QuerySelector("main dl")!.TextContent);

        // Only makers keep a maker profile.
        var designer = await PortalClient.SignedInAsync(portal, await CraftsTestData.AccountAsync(portal, Roles.Designer), CraftsTestData.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.GetAsync("/crafts/makers/me")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PhotosAreCheckedByContentAndSizeAndAMakerNeverRemovesAnothersPhoto(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (makerId, email) = await CraftsTestData.MakerAsync(portal);
        var (otherId, otherEmail) = await CraftsTestData.MakerAsync(portal, "津軽塗", "02");
        var maker = await PortalClient.SignedInAsync(portal, email, CraftsTestData.Password);

        var (notImage, notImagePage) = await CraftsTestData.PostMultipartAsync(maker, "/crafts/makers/me", "/crafts/makers/me/images", [],
            ("image", "photo.png", "これは画像ではありません"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notImage.StatusCode);
        Assert.Equal([nameof(CraftProblem.NotAnImage)], CraftsTestData.Problems(notImagePage));

        var large = new byte[CraftMakerImage.MaxBytes + 1];
        CraftsTestData.Png.CopyTo(large, 0);
        var (tooLarge, tooLargePage) = await CraftsTestData.PostMultipartAsync(maker, "/crafts/makers/me", "/crafts/makers/me/images", [],
            ("image", "large.png", large));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Equal([nameof(CraftProblem.ImageTooLarge)], CraftsTestData.Problems(tooLargePage));
        Assert.Equal(0, await portal.WithDbAsync(db => db.CraftMakerImages.CountAsync(i => i.MakerId == makerId)));

        var (added, _) = await CraftsTestData.PostMultipartAsync(maker, "/crafts/makers/me", "/crafts/makers/me/images", [new("caption", "組台")],
            ("image", "kumihimo.txt", CraftsTestData.Png));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var image = await portal.WithDbAsync(db => db.CraftMakerImages.AsNoTracking().SingleAsync(i => i.MakerId == makerId));
        Assert.Equal("image/png", image.ContentType);

        // Another maker's photo: not found for this maker, and nothing removed.
        var other = await PortalClient.SignedInAsync(portal, otherEmail, CraftsTestData.Password);
        var (_, otherPage) = await other.GetPageAsync("/crafts/makers/me");
        var token = PortalClient.AntiforgeryToken(otherPage);
        var removal = await other.Http.PostAsync($"/crafts/makers/me/images/{image.Id}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, removal.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.CraftMakerImages.AnyAsync(i => i.Id == image.Id)));
        Assert.Equal(0, await portal.WithDbAsync(db => db.CraftMakerImages.CountAsync(i => i.MakerId == otherId)));

        var (removed, _) = await CraftsTestData.PostAsync(maker, "/crafts/makers/me", $"/crafts/makers/me/images/{image.Id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.CraftMakerImages.AnyAsync(i => i.Id == image.Id)));
    }
}
