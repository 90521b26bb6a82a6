using AllJapanTokyo.Domain.Notifications;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Kind).HasMaxLength(Notification.MaxKindLength);
        builder.Property(n => n.Arguments).HasMaxLength(4000);
        builder.Property(n => n.LinkPath).HasMaxLength(400);
        builder.Ignore(n => n.IsUnread);
        // The list and the header's unread count read a person's newest notifications.
        builder.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Kind).HasMaxLength(Notification.MaxKindLength);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.ClaimedBy).HasMaxLength(200);
        builder.Ignore(m => m.State);
        // Each round reads the due, unsent messages in order.
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Email).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(e => e.ActorEmail).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(e => e.IpAddress).HasMaxLength(SecurityEvent.MaxAddressLength);
        builder.Property(e => e.Detail).HasMaxLength(SecurityEvent.MaxDetailLength);
        // The list reads the newest first, filtered by kind or account; the daily clean-up deletes by age.
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.HasIndex(e => new { e.Kind, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.UserId, e.OccurredAtUtc });
    }
}
