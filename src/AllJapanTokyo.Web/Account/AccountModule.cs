namespace AllJapanTokyo.Web.Account;

/// <summary>
/// The use cases behind /account (sign-in pages, SME registration, colleague invitations). They are not an area of their
/// own: the account pages belong to every area, so their services live beside Controllers and Views rather than under
/// Areas/, and out of Infrastructure, which holds plumbing rather than use cases.
/// </summary>
public static class AccountModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<AccountService>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<AccountCareService>();
        services.AddScoped<MfaService>();
        services.AddScoped<SecurityLog>();
        services.AddHostedService<SecurityLogCleanupWorker>();
        return services;
    }
}
