using AllJapanTokyo.FunctionalTests.Infrastructure;

namespace AllJapanTokyo.FunctionalTests.Account;

/// <summary>An administrator's posts on /admin/users/{id}, each with the version the page showed.</summary>
internal static class AdminSteps
{
    public static async Task<string> VersionAsync(PortalClient admin, string userId)
    {
        var (_, page) = await admin.GetPageAsync($"/admin/users/{userId}");
        return page.QuerySelector("input[name=version], input[name=Version]")!.GetAttribute("value")!;
    }

    public static async Task<HttpResponseMessage> UpdateAsync(PortalClient admin, string userId, string role, string? prefecture = null, string? organization = null, string? region = null, string? version = null) =>
        await admin.PostFormAsync($"/admin/users/{userId}", $"/admin/users/{userId}", new Dictionary<string, string>
        {
            ["DisplayName"] = "テスト 職員",
            ["Role"] = role,
            ["PrefectureCode"] = prefecture ?? "",
            ["OrganizationId"] = organization ?? "",
            ["RegionCode"] = region ?? "",
            ["Version"] = version ?? await VersionAsync(admin, userId),
        });

    /// <summary>disable, enable or reset-mfa.</summary>
    public static async Task<HttpResponseMessage> PostAsync(PortalClient admin, string userId, string action, string? version = null) =>
        await admin.PostFormAsync($"/admin/users/{userId}", $"/admin/users/{userId}/{action}", new Dictionary<string, string>
        {
            ["version"] = version ?? await VersionAsync(admin, userId),
        });
}
