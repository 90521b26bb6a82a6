using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// Saved searches, their per-(search, tender) delivery records and the workers' lease.

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Name).HasMaxLength(SavedSearch.MaxNameLength);
        builder.Property(s => s.Keyword).HasMaxLength(200);
        builder.Property(s => s.PrefectureCode).HasMaxLength(2);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => new { s.Frequency, s.NextAlertDueUtc });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(s => s.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.HasIndex(d => new { d.SavedSearchId, d.TenderId }).IsUnique();
        builder.Property(d => d.WorkerId).HasMaxLength(100);
        builder.HasOne<SavedSearch>().WithMany().HasForeignKey(d => d.SavedSearchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tender>().WithMany().HasForeignKey(d => d.TenderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkerLeaseConfiguration : IEntityTypeConfiguration<WorkerLease>
{
    public void Configure(EntityTypeBuilder<WorkerLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(50);
        builder.Property(l => l.HolderId).HasMaxLength(100);
        builder.HasData(new WorkerLease { Name = WorkerLease.AlertsName, HolderId = null, ExpiresAtUtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}
