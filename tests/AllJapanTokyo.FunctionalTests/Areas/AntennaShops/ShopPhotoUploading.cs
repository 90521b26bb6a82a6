using System.Net;
using System.Net.Http.Headers;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.AntennaShops;

/// <summary>A shop's photo uploaded by its staff: checked by content and size, stored in the database, served by the portal.</summary>
[Collection(PortalCollection.Name)]
public sealed class ShopPhotoUploading(PortalFixture fixture)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StaffUploadTheirShopsPhotoWhichThePortalServesAndANewOneReplacesIt(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, shops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, prefecture: "15");
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var uploaded = await UploadAsync(niigata, shops[0], Png, "a.png");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var served = await PortalClient.For(portal).GetAsync($"/antenna-shops/shops/{shops[0]}/photo");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());

        var (_, page) = await PortalClient.For(portal).GetPageAsync($"/en/antenna-shops/shops/{shops[0]}");
        var src = page.QuerySelector("img[data-shop-photo]")!.GetAttribute("src")!;
        Assert.Equal($"/en/antenna-shops/shops/{shops[0]}/photo", src);
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.For(portal).GetAsync(src)).StatusCode);
        Assert.Equal(Texts.En("ショップの写真"), page.QuerySelector("img[data-shop-photo]")!.GetAttribute("alt"));

        // A JPEG sent as "photo.png" with a PNG type is stored as what its bytes are, in place of the first photo.
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(niigata, shops[0], Jpeg, "photo.png", "image/png")).StatusCode);
        var photos = await portal.WithDbAsync(db => db.AntennaShopPhotos.Where(p => p.AntennaShopId == shops[0]).Select(p => p.ContentType).ToListAsync());
        Assert.Equal(["image/jpeg"], photos);

        Assert.Equal(HttpStatusCode.Redirect, (await niigata.PostFormAsync($"/antenna-shops/shops/{shops[0]}/edit", $"/antenna-shops/shops/{shops[0]}/photo/delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PortalClient.For(portal).GetAsync($"/antenna-shops/shops/{shops[0]}/photo")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotAnImageAndOverFiveMegabytesAreRefusedWithAMessageAndNothingStored(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, shops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, prefecture: "15");
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        var script = await UploadAsync(niigata, shops[0], "<svg onload=alert(1)>"u8.ToArray(), "x.png", "image/png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, script.StatusCode);
        var page = PortalClient.Parse(await script.Content.ReadAsStringAsync());
        Assert.Equal("NotAnImage", page.QuerySelector("[data-photo-problem]")!.GetAttribute("data-photo-problem"));

        var large = new byte[AntennaShopPhoto.MaxBytes + 1];
        Png.CopyTo(large, 0);
        var tooLarge = await UploadAsync(niigata, shops[0], large, "big.png");
        Assert.Contains(tooLarge.StatusCode, new[] { HttpStatusCode.UnprocessableEntity, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest });
        if (tooLarge.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            Assert.Contains("画像は5MB以下にしてください。", await tooLarge.Content.ReadAsStringAsync());
        }

        Assert.False(await portal.WithDbAsync(db => db.AntennaShopPhotos.AnyAsync(p => p.AntennaShopId == shops[0])));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherPrefecturesStaffCannotUploadOrRemoveTheShopsPhoto(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (_, osakaShops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, prefecture: "27");
        var (_, niigataShops) = await RallyTestData.EditionAsync(portal, shops: 1, toComplete: 1, prefecture: "15");
        await portal.WithDbAsync(async db =>
        {
            db.AntennaShopPhotos.Add(new AntennaShopPhoto { AntennaShopId = osakaShops[0], Content = Jpeg, ContentType = "image/jpeg" });
            return await db.SaveChangesAsync();
        });
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(niigata, osakaShops[0], Png, "a.png", tokenFrom: niigataShops[0])).StatusCode);
        var token = PortalClient.AntiforgeryToken((await niigata.GetPageAsync($"/antenna-shops/shops/{niigataShops[0]}/edit")).Document);
        var removed = await niigata.Http.PostAsync($"/antenna-shops/shops/{osakaShops[0]}/photo/delete",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, removed.StatusCode);
        Assert.Equal(Jpeg, await portal.WithDbAsync(db => db.AntennaShopPhotos.Where(p => p.AntennaShopId == osakaShops[0]).Select(p => p.Content).SingleAsync()));

        // Nor can a visitor who is not signed in.
        await PortalClient.For(portal).Http.PostAsync($"/antenna-shops/shops/{osakaShops[0]}/photo/delete", new FormUrlEncodedContent([]));
        Assert.True(await portal.WithDbAsync(db => db.AntennaShopPhotos.AnyAsync(p => p.AntennaShopId == osakaShops[0])));
    }

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int shopId, byte[] content, string fileName, string contentType = "image/png", int? tokenFrom = null)
    {
        var token = PortalClient.AntiforgeryToken((await client.GetPageAsync($"/antenna-shops/shops/{tokenFrom ?? shopId}/edit")).Document);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"/antenna-shops/shops/{shopId}/photo", form);
    }
}
