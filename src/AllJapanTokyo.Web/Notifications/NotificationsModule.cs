namespace AllJapanTokyo.Web.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) => services
        .AddSingleton<NotificationKinds>()
        .AddSingleton<PortalAddress>()
        .AddScoped<Notifier>()
        .AddScoped<NotificationList>();
}
