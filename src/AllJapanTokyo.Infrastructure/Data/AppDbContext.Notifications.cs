using AllJapanTokyo.Domain.Notifications;
using AllJapanTokyo.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Identity.SecurityEvent> SecurityEvents => Set<Identity.SecurityEvent>();
}
