using System.Net;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllJapanTokyo.FunctionalTests.Areas.Tourism;

/// <summary>
/// Fukui's staff propose a change to a Fukui stop; Tokyo accepts it onto the public route (or declines it with a
/// reason), and the proposer is told; Tokyo's officials are told of each proposal. Another prefecture's staff cannot propose for Fukui's stops, and a proposal
/// without coordinates is refused unstored.
/// </summary>
[Collection(TourismWorkCollection.Name)]
public sealed class RouteStopProposalsOnPost(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APartnerPrefectureProposesAndTokyoAcceptsOrDeclines(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (routeId, stopId) = await RouteEditingOnPost.StopAsync(portal, "越前和紙の里");
        var (_, otherStopId) = await RouteEditingOnPost.StopAsync(portal, "大本山永平寺（参籠体験・宿泊）");
        var email = await FukuiStaffAsync(portal);
        var fukui = await PortalClient.SignedInAsync(portal, email);
        var page = $"/tourism/proposals/routes/{routeId}";

        var refused = await fukui.PostFormAsync(page, $"{page}/stops/{stopId}", RouteEditingOnPost.Stop("越前和紙の里", "", "", "紙漉き体験"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.RouteStopProposals.CountAsync(p => p.TouristRouteStopId == stopId)));

        Assert.Equal(HttpStatusCode.Redirect, (await fukui.PostFormAsync(page, $"{page}/stops/{stopId}", RouteEditingOnPost.Stop("越前和紙の里", "35.9", "136.25", "紙漉き体験"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fukui.PostFormAsync(page, $"{page}/stops/{otherStopId}", RouteEditingOnPost.Stop("大本山永平寺", "36.05", "136.35", null))).StatusCode);

        var officialId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == "official@example.jp").Select(u => u.Id).SingleAsync());
        var told = await portal.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == officialId && n.Kind == "tourism.stop-proposed").ToListAsync());
        Assert.Contains(told, n => System.Text.Json.JsonDocument.Parse(n.Arguments).RootElement.GetProperty("StopJa").GetString() == "越前和紙の里" && n.LinkPath == $"/tourism/manage/routes/{routeId}");
        Assert.True(await portal.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "tourism.stop-proposed")));

        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var edit = $"/tourism/manage/routes/{routeId}";
        var (_, editPage) = await official.GetPageAsync(edit);
        var accept = editPage.QuerySelectorAll("li[data-proposal] form[action$='/accept']").Select(f => f.GetAttribute("action")!).ToList();
        Assert.Equal(2, accept.Count);
        var proposals = await portal.WithDbAsync(db => db.RouteStopProposals.AsNoTracking().Where(p => p.PrefectureCode == "18").OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(edit, $"{edit}/proposals/{proposals[0]}/accept", [])).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await official.PostFormAsync(edit, $"{edit}/proposals/{proposals[1]}/decline", [new("reason", "")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(edit, $"{edit}/proposals/{proposals[1]}/decline", [new("reason", "（試験）名称は正式名のままとします")])).StatusCode);

        var (_, route) = await PortalClient.For(portal).GetPageAsync($"/tourism/routes/{routeId}");
        Assert.Contains("紙漉き体験", route.QuerySelector($"li[data-stop='{stopId}']")!.TextContent);
        Assert.Equal("大本山永平寺（参籠体験・宿泊）", route.QuerySelector($"li[data-stop='{otherStopId}'] .stop-name")!.TextContent.Trim());
        var fukuiId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Equal(2, await portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == fukuiId && n.Kind == "tourism.stop-proposal-decided")));
        var (_, mine) = await fukui.GetPageAsync(page);
        Assert.Contains("（試験）名称は正式名のままとします", mine.QuerySelector($"li[data-proposal='{proposals[1]}']")!.TextContent);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherPrefecturesStaffCannotProposeForFukuisStops(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var (routeId, stopId) = await RouteEditingOnPost.StopAsync(portal, "越前和紙の里");
        var niigata = await PortalClient.SignedInAsync(portal, "niigata@example.jp");
        var page = $"/tourism/proposals/routes/{routeId}";

        var response = await niigata.PostFormAsync(page, $"{page}/stops/{stopId}", RouteEditingOnPost.Stop("越前和紙の里", "35.9", "136.25", "（試験）他県から"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.RouteStopProposals.AnyAsync(p => p.WhatToSeeJa == "（試験）他県から")));
    }

    internal static Task<string> FukuiStaffAsync(PortalFactory portal) => StaffOfAsync(portal, "18");

    /// <summary>A new prefecture staff account of the prefecture; its e-mail address.</summary>
    internal static async Task<string> StaffOfAsync(PortalFactory portal, string prefectureCode)
    {
        var email = $"staff{prefectureCode}-{Guid.NewGuid().ToString("N")[..8]}@example.jp";
        await using var scope = portal.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, PrefectureCode = prefectureCode, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, Roles.PrefectureStaff);
        return email;
    }
}
