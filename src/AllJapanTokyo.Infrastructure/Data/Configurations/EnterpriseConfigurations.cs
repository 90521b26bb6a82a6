using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// The enterprise's PR images and the representative's colleague invitations.

internal sealed class EnterpriseImageConfiguration : IEntityTypeConfiguration<EnterpriseImage>
{
    public void Configure(EntityTypeBuilder<EnterpriseImage> builder)
    {
        builder.Property(i => i.ContentType).HasMaxLength(32);
        builder.Property(i => i.Content).HasMaxLength(EnterpriseImage.MaxBytes);
        builder.Property(i => i.Caption).HasMaxLength(EnterpriseImage.MaxCaptionLength);
        builder.HasIndex(i => new { i.EnterpriseId, i.Kind });
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnterpriseInvitationConfiguration : IEntityTypeConfiguration<EnterpriseInvitation>
{
    public void Configure(EntityTypeBuilder<EnterpriseInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(EnterpriseInvitation.MaxEmailLength);
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.EnterpriseId, i.Email });
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.Property(i => i.AcceptedUserId).HasMaxLength(450);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.InvitedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.AcceptedUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
