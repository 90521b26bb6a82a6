using System.Collections.Concurrent;
using System.Net;
using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Access;

/// <summary>
/// Who may open which area: anonymous and each of the seven demo accounts against the start page of every area.
/// Public pages answer 200 to everyone; protected pages send anonymous visitors to sign in (302 to /account/login)
/// and answer 403 to a signed-in person without the role.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AreaAccessMatrix(PortalFixture fixture)
{
    private const string Anonymous = "(anonymous)";
    private const string Admin = "admin@example.jp";
    private const string Official = "official@example.jp";
    private const string Niigata = "niigata@example.jp";
    private const string Osaka = "osaka@example.jp";
    private const string Buyer = "buyer@example.jp";
    private const string Sme = "sme@example.jp";
    private const string Coordinator = "coordinator@example.jp";

    private static readonly string[] Principals = [Anonymous, Admin, Official, Niigata, Osaka, Buyer, Sme, Coordinator];

    /// <summary>Signed-in clients, one per portal and account: signing in hashes a password, so do it once.</summary>
    private static readonly ConcurrentDictionary<(PortalFactory, string), PortalClient> Clients = new();

    /// <summary>Expected answers: 200, 403, or 302 to the sign-in page.</summary>
    private static readonly Dictionary<string, IReadOnlyDictionary<string, HttpStatusCode>> Expected = new()
    {
        ["/procurement"] = Everyone(HttpStatusCode.OK),
        ["/fairs"] = Everyone(HttpStatusCode.OK),
        ["/textiles"] = Everyone(HttpStatusCode.OK),
        ["/crafts"] = Everyone(HttpStatusCode.OK),
        ["/funds"] = Everyone(HttpStatusCode.OK),
        ["/tourism"] = Everyone(HttpStatusCode.OK),
        ["/antenna-shops"] = Everyone(HttpStatusCode.OK),
        ["/dashboard"] = Everyone(HttpStatusCode.OK),
        ["/prefectures/18"] = Everyone(HttpStatusCode.OK),
        ["/reporting"] = SignedInOnly(Admin, Official, Niigata, Osaka),
        ["/admin"] = SignedInOnly(Admin),
        ["/procurement/mine"] = SignedInOnly(Buyer, Sme),
    };

    /// <summary>The routes this branch builds (Procurement, Reporting, Admin), checked on every provider.</summary>
    public static TheoryData<string, string> OwnedRoutes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in ((IEnumerable<object[]>)Providers.All).Select(row => (string)row[0]))
            {
                foreach (var path in new[] { "/procurement", "/procurement/mine", "/reporting", "/admin" })
                {
                    data.Add(provider, path);
                }
            }

            return data;
        }
    }

    /// <summary>The public start pages of the areas other branches build; they answer 200 once everything is merged.</summary>
    public static TheoryData<string> OtherAreasPublicPages =>
        new() { "/fairs", "/textiles", "/crafts", "/funds", "/tourism", "/antenna-shops", "/dashboard", "/prefectures/18" };

    [SkippableTheory]
    [MemberData(nameof(OwnedRoutes))]
    public async Task OwnedRouteAnswersEachRoleAsExpected(string provider, string path)
    {
        var portal = await fixture.OnAsync(provider);
        await AssertMatrixRowAsync(portal, path);
    }

    [Theory]
    [MemberData(nameof(OtherAreasPublicPages))]
    public async Task PublicAreaPageOpensForEveryone(string path) => await AssertMatrixRowAsync(fixture.Sqlite, path);

    private static async Task AssertMatrixRowAsync(PortalFactory portal, string path)
    {
        var expected = Expected[path];
        var mismatches = new List<string>();
        foreach (var principal in Principals)
        {
            var client = await ClientAsync(portal, principal);
            var response = await client.GetAsync(path);
            var actual = response.StatusCode;
            if (actual != expected[principal])
            {
                mismatches.Add($"{principal} GET {path}: expected {(int)expected[principal]}, got {(int)actual}");
            }
            else if (actual == HttpStatusCode.Redirect)
            {
                var location = new Uri(new Uri("https://localhost"), response.Headers.Location!);
                if (location.AbsolutePath != "/account/login")
                {
                    mismatches.Add($"{principal} GET {path}: redirected to {location} instead of /account/login");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static async Task<PortalClient> ClientAsync(PortalFactory portal, string principal)
    {
        if (principal == Anonymous)
        {
            return PortalClient.For(portal);
        }

        if (Clients.TryGetValue((portal, principal), out var client))
        {
            return client;
        }

        client = await PortalClient.SignedInAsync(portal, principal);
        return Clients.GetOrAdd((portal, principal), client);
    }

    private static Dictionary<string, HttpStatusCode> Everyone(HttpStatusCode status) => Principals.ToDictionary(p => p, _ => status);

    /// <summary>Anonymous → 302 to sign in; the listed accounts → 200; every other account → 403.</summary>
    private static Dictionary<string, HttpStatusCode> SignedInOnly(params string[] allowed) =>
        Principals.ToDictionary(
            p => p,
            p => p == Anonymous ? HttpStatusCode.Redirect : allowed.Contains(p) ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
}
