using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Crafts;

/// <summary>
/// Applicants hear (in the portal and by mail, stored with the decision) when Tokyo selects or declines them, once per
/// decision; team members when their team is formed.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CraftsNotifications(PortalFixture fixture)
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApplicantsAreToldWhenSelectedOrDeclinedAndMembersWhenTheirTeamIsFormed(string provider)
    {
        var portal = await fixture.OnAsync(provider);
        var roundId = await CraftsTestData.RoundAsync(portal, open: false);
        var (makerId, makerEmail) = await CraftsTestData.MakerAsync(portal);
        var (declinedId, declinedEmail) = await CraftsTestData.MakerAsync(portal);
        var (designerId, designerEmail) = await CraftsTestData.DesignerAsync(portal);
        var makerApplication = await CraftsTestData.ApplicationAsync(portal, roundId, makerId, null, selected: false);
        var declinedApplication = await CraftsTestData.ApplicationAsync(portal, roundId, declinedId, null, selected: false);
        var designerApplication = await CraftsTestData.ApplicationAsync(portal, roundId, null, designerId, selected: false);
        var (makerUser, declinedUser, designerUser) = (await CraftsTestData.UserIdAsync(portal, makerEmail), await CraftsTestData.UserIdAsync(portal, declinedEmail), await CraftsTestData.UserIdAsync(portal, designerEmail));
        var official = await PortalClient.SignedInAsync(portal, "official@example.jp");
        var roundUrl = $"/crafts/rounds/{roundId}";

        foreach (var (application, selected) in new[] { (makerApplication, "true"), (designerApplication, "true"), (declinedApplication, "false"), (makerApplication, "true") })
        {
            var (response, _) = await CraftsTestData.PostAsync(official, roundUrl, $"{roundUrl}/applications/{application}/select", ("selected", selected));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        async Task<int> CountAsync(string userId, string kind) =>
            await portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.Kind == kind));
        async Task<int> MailsAsync(string email) => await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email));

        Assert.Equal(1, await CountAsync(makerUser, "crafts.decided"));
        Assert.Equal(1, await CountAsync(designerUser, "crafts.decided"));
        Assert.Equal(1, await CountAsync(declinedUser, "crafts.decided"));
        Assert.Equal(1, await MailsAsync(declinedEmail));
        Assert.Equal(roundUrl, await portal.WithDbAsync(db => db.Notifications.Where(n => n.UserId == declinedUser).Select(n => n.LinkPath).SingleAsync()));
        var (_, declinedPage) = await (await PortalClient.SignedInAsync(portal, declinedEmail, CraftsTestData.Password)).GetPageAsync(roundUrl);
        Assert.Contains("今回は選定されませんでした。", declinedPage.QuerySelector("#mine + p")!.TextContent);
        Assert.NotNull(await portal.WithDbAsync(db => db.CraftRoundApplications.Where(a => a.Id == declinedApplication).Select(a => a.DeclinedAtUtc).SingleAsync()));

        var form = $"/crafts/teams/new/{roundId}";
        var (formed, _) = await CraftsTestData.PostAsync(official, form, form,
            ("nameJa", $"通知チーム{Guid.NewGuid():N}"[..13]), ("designerApplicationId", designerApplication.ToString()), ("makerApplicationIds", makerApplication.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        Assert.Equal(1, await CountAsync(makerUser, "crafts.team_formed"));
        Assert.Equal(1, await CountAsync(designerUser, "crafts.team_formed"));
        Assert.Equal(0, await CountAsync(declinedUser, "crafts.team_formed"));
    }
}
