using AllJapanTokyo.Domain.OpenData;
using AllJapanTokyo.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// The open-data history: the OCDS releases of every tender, as each event told them.

internal sealed class OcdsStoredReleaseConfiguration : IEntityTypeConfiguration<OcdsStoredRelease>
{
    public void Configure(EntityTypeBuilder<OcdsStoredRelease> builder)
    {
        builder.Property(r => r.ReleaseId).HasMaxLength(OcdsStoredRelease.MaxReleaseIdLength);
        builder.Property(r => r.Tags).HasMaxLength(OcdsStoredRelease.MaxTagsLength);
        builder.HasOne<Tender>().WithMany().HasForeignKey(r => r.TenderId).OnDelete(DeleteBehavior.Cascade);
        // Two saves of the same tender at once number their release alike: the second is refused, like its tender change.
        builder.HasIndex(r => new { r.TenderId, r.Sequence }).IsUnique();
    }
}
