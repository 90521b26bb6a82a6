using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Domain.Textiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// Measure 2-1: textile production regions and the designers' requests.

internal sealed class ProductionRegionConfiguration : IEntityTypeConfiguration<ProductionRegion>
{
    public void Configure(EntityTypeBuilder<ProductionRegion> builder)
    {
        builder.Property(r => r.NameJa).HasMaxLength(ProductionRegion.NameMaxLength);
        builder.Property(r => r.NameEn).HasMaxLength(ProductionRegion.NameMaxLength);
        builder.Property(r => r.PrefectureCode).HasMaxLength(2);
        builder.Property(r => r.OtherPrefectureCodes).HasMaxLength(150);
        builder.Property(r => r.MaterialsJa).HasMaxLength(ProductionRegion.TextMaxLength);
        builder.Property(r => r.ProcessesJa).HasMaxLength(ProductionRegion.TextMaxLength);
        builder.Property(r => r.MinimumLotJa).HasMaxLength(ProductionRegion.TextMaxLength);
        builder.Property(r => r.LeadTimeJa).HasMaxLength(ProductionRegion.TextMaxLength);
        builder.Property(r => r.SamplePolicyJa).HasMaxLength(ProductionRegion.TextMaxLength);
        builder.Property(r => r.ContactJa).HasMaxLength(ProductionRegion.TextMaxLength);
        builder.Property(r => r.PhotoUrl).HasMaxLength(500);
        builder.Property(r => r.ReportNoteJa).HasMaxLength(ProductionRegion.TextMaxLength);
        builder.Ignore(r => r.PrefectureCodes);
        // The CSV import finds a region again by its prefecture and name.
        builder.HasIndex(r => new { r.PrefectureCode, r.NameJa }).IsUnique();
    }
}

internal sealed class DesignRequestConfiguration : IEntityTypeConfiguration<DesignRequest>
{
    public void Configure(EntityTypeBuilder<DesignRequest> builder)
    {
        builder.Property(r => r.MaterialJa).HasMaxLength(DesignRequest.TextMaxLength);
        builder.Property(r => r.TechniqueJa).HasMaxLength(DesignRequest.TextMaxLength);
        builder.Property(r => r.QuantityJa).HasMaxLength(DesignRequest.ShortTextMaxLength);
        builder.Property(r => r.TimingJa).HasMaxLength(DesignRequest.ShortTextMaxLength);
        builder.Property(r => r.PurposeJa).HasMaxLength(DesignRequest.TextMaxLength);
        builder.Property(r => r.CloseReasonJa).HasMaxLength(DesignRequest.TextMaxLength);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Designer>().WithMany().HasForeignKey(r => r.DesignerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Introductions).WithOne().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.HasEnded);
        builder.HasIndex(r => new { r.DesignerId, r.SubmittedAtUtc });
    }
}

internal sealed class RegionIntroductionConfiguration : IEntityTypeConfiguration<RegionIntroduction>
{
    public void Configure(EntityTypeBuilder<RegionIntroduction> builder)
    {
        builder.Property(i => i.Answer).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ProductionRegion>().WithMany().HasForeignKey(i => i.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.RequestId, i.RegionId }).IsUnique();
        builder.HasIndex(i => i.RegionId);
    }
}

internal sealed class RequestMessageConfiguration : IEntityTypeConfiguration<RequestMessage>
{
    public void Configure(EntityTypeBuilder<RequestMessage> builder)
    {
        builder.Property(m => m.AuthorUserId).HasMaxLength(450);
        builder.Property(m => m.Side).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Body).HasMaxLength(RequestMessage.BodyMaxLength);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(50);
        builder.Property(m => m.AttachmentFileName).HasMaxLength(RequestMessage.FileNameMaxLength);
        builder.HasOne<ProductionRegion>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.RequestId, m.RegionId, m.SentAtUtc });
    }
}
