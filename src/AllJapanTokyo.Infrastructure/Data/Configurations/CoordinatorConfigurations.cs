using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

internal sealed class CoordinatorRegionConfiguration : IEntityTypeConfiguration<CoordinatorRegion>
{
    public void Configure(EntityTypeBuilder<CoordinatorRegion> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.NameJa).HasMaxLength(50);
        builder.Property(r => r.NameEn).HasMaxLength(50);
        builder.Property(r => r.CoordinatorUserName).HasMaxLength(AppUser.MaxEmailLength);
        builder.HasIndex(r => r.CoordinatorUserName);
        builder.HasMany(r => r.Prefectures).WithOne().HasForeignKey(p => p.CoordinatorRegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoordinatorRegionPrefectureConfiguration : IEntityTypeConfiguration<CoordinatorRegionPrefecture>
{
    public void Configure(EntityTypeBuilder<CoordinatorRegionPrefecture> builder)
    {
        builder.HasKey(p => new { p.CoordinatorRegionId, p.PrefectureCode });
        builder.Property(p => p.PrefectureCode).HasMaxLength(2);
        builder.HasIndex(p => p.PrefectureCode).IsUnique();
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(p => p.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TenderRecommendationConfiguration : IEntityTypeConfiguration<TenderRecommendation>
{
    public void Configure(EntityTypeBuilder<TenderRecommendation> builder)
    {
        builder.Property(r => r.JsicMajorGroup).HasMaxLength(1);
        builder.Property(r => r.PrefectureCode).HasMaxLength(2);
        builder.Property(r => r.NoteJa).HasMaxLength(TenderRecommendation.MaxNoteLength);
        builder.Property(r => r.RecommendedBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.HasIndex(r => new { r.TenderId, r.CoordinatorRegionId, r.JsicMajorGroup, r.PrefectureCode }).IsUnique();
        builder.HasIndex(r => new { r.JsicMajorGroup, r.CoordinatorRegionId });
        builder.HasOne<Tender>().WithMany().HasForeignKey(r => r.TenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CoordinatorRegion>().WithMany().HasForeignKey(r => r.CoordinatorRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(r => r.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}
