using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Prefectures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

/// <summary>What an event the portal runs adds to the record of an event (the rest is in <see cref="EventConfiguration"/>).</summary>
internal sealed class RunEventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.OnlineUrl).HasMaxLength(Event.MaxOnlineUrlLength);
        builder.HasMany(e => e.BoothCategories).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.InvitedPrefectures).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoothCategoryConfiguration : IEntityTypeConfiguration<BoothCategory>
{
    public void Configure(EntityTypeBuilder<BoothCategory> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(BoothCategory.MaxCodeLength);
        builder.Property(c => c.NameJa).HasMaxLength(BoothCategory.MaxNameLength);
        builder.HasIndex(c => new { c.EventId, c.Code }).IsUnique();
    }
}

internal sealed class EventInvitedPrefectureConfiguration : IEntityTypeConfiguration<EventInvitedPrefecture>
{
    public void Configure(EntityTypeBuilder<EventInvitedPrefecture> builder)
    {
        builder.HasKey(p => new { p.EventId, p.PrefectureCode });
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(p => p.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExhibitorApplicationConfiguration : IEntityTypeConfiguration<ExhibitorApplication>
{
    public void Configure(EntityTypeBuilder<ExhibitorApplication> builder)
    {
        builder.Property(a => a.PrefectureCode).HasMaxLength(2);
        builder.Property(a => a.RecommendedByPrefectureCode).HasMaxLength(2);
        builder.Property(a => a.ProductsJa).HasMaxLength(ExhibitorApplication.MaxProductsLength);
        builder.Property(a => a.PrTextJa).HasMaxLength(ExhibitorApplication.MaxPrTextLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // A company applies once per event; a booth is given to one exhibitor only, whoever clicks first.
        builder.HasIndex(a => new { a.EventId, a.EnterpriseId }).IsUnique();
        builder.HasIndex(a => new { a.BoothCategoryId, a.BoothNumber }).IsUnique();
        builder.HasIndex(a => new { a.EventId, a.Status });
        builder.HasIndex(a => a.EnterpriseId);

        builder.HasOne<Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BoothCategory>().WithMany().HasForeignKey(a => a.BoothCategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(a => a.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}
