using AllJapanTokyo.Domain.Designers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// Tokyo designers, shared by the textile and the traditional-craft matching measures.

internal sealed class DesignerConfiguration : IEntityTypeConfiguration<Designer>
{
    public void Configure(EntityTypeBuilder<Designer> builder)
    {
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.NameJa).HasMaxLength(Designer.NameMaxLength);
        builder.Property(d => d.NameEn).HasMaxLength(Designer.NameMaxLength);
        builder.Property(d => d.TokyoMunicipalityJa).HasMaxLength(Designer.NameMaxLength);
        builder.Property(d => d.SpecialtiesJa).HasMaxLength(Designer.TextMaxLength);
        builder.Property(d => d.ProfileJa).HasMaxLength(Designer.TextMaxLength);
        builder.Property(d => d.WebsiteUrl).HasMaxLength(500);
        // One profile per account: both measures find the designer by the signed-in user.
        builder.HasIndex(d => d.UserId).IsUnique();
        builder.HasMany(d => d.Images).WithOne().HasForeignKey(i => i.DesignerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DesignerImageConfiguration : IEntityTypeConfiguration<DesignerImage>
{
    public void Configure(EntityTypeBuilder<DesignerImage> builder)
    {
        builder.Property(i => i.ContentType).HasMaxLength(50);
        builder.Property(i => i.Caption).HasMaxLength(DesignerImage.MaxCaptionLength);
    }
}
