using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// The antenna-shop directory and the web stamp rally.

internal sealed class AntennaShopConfiguration : IEntityTypeConfiguration<AntennaShop>
{
    public void Configure(EntityTypeBuilder<AntennaShop> builder)
    {
        builder.Property(s => s.PrefectureCode).HasMaxLength(2);
        builder.Property(s => s.OtherPrefectureCodes).HasMaxLength(150);
        builder.Property(s => s.MunicipalityJa).HasMaxLength(AntennaShop.NameMaxLength);
        builder.Property(s => s.NameJa).HasMaxLength(AntennaShop.NameMaxLength);
        builder.Property(s => s.NameEn).HasMaxLength(AntennaShop.NameMaxLength);
        builder.Property(s => s.AddressJa).HasMaxLength(AntennaShop.TextMaxLength);
        builder.Property(s => s.NearestStationJa).HasMaxLength(AntennaShop.NameMaxLength);
        builder.Property(s => s.ClosingNoteJa).HasMaxLength(AntennaShop.TextMaxLength);
        builder.Property(s => s.Languages).HasMaxLength(50);
        builder.Property(s => s.PhotoUrl).HasMaxLength(500);
        builder.Property(s => s.Latitude).HasPrecision(9, 6);
        builder.Property(s => s.Longitude).HasPrecision(9, 6);
        // A set of weekdays: stored as its bits, not as the enum's names.
        builder.Property(s => s.ClosedOn).HasConversion<int>();
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(s => s.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PrefectureCode, s.NameJa }).IsUnique();
    }
}

internal sealed class AntennaShopPhotoConfiguration : IEntityTypeConfiguration<AntennaShopPhoto>
{
    public void Configure(EntityTypeBuilder<AntennaShopPhoto> builder)
    {
        builder.HasKey(p => p.AntennaShopId);
        builder.Property(p => p.AntennaShopId).ValueGeneratedNever();
        builder.Property(p => p.ContentType).HasMaxLength(32);
        builder.Property(p => p.Content).HasMaxLength(AntennaShopPhoto.MaxBytes);
        builder.HasOne<AntennaShop>().WithOne().HasForeignKey<AntennaShopPhoto>(p => p.AntennaShopId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RallyEditionConfiguration : IEntityTypeConfiguration<RallyEdition>
{
    public void Configure(EntityTypeBuilder<RallyEdition> builder)
    {
        builder.Property(e => e.NameJa).HasMaxLength(RallyEdition.NameMaxLength);
        builder.Property(e => e.PrizesJa).HasMaxLength(RallyEdition.TextMaxLength);
        builder.Property(e => e.RulesJa).HasMaxLength(RallyEdition.TextMaxLength);
        builder.Ignore(e => e.FiscalYear);
        builder.HasMany(e => e.Shops).WithOne().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RallyShopConfiguration : IEntityTypeConfiguration<RallyShop>
{
    public void Configure(EntityTypeBuilder<RallyShop> builder)
    {
        builder.HasKey(s => new { s.EditionId, s.ShopId });
        builder.HasOne(s => s.Shop).WithMany().HasForeignKey(s => s.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StampCardConfiguration : IEntityTypeConfiguration<StampCard>
{
    public void Configure(EntityTypeBuilder<StampCard> builder)
    {
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.HasOne<RallyEdition>().WithMany().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.EditionId, c.UserId }).IsUnique();
        builder.HasMany(c => c.Stamps).WithOne().HasForeignKey(s => s.CardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StampConfiguration : IEntityTypeConfiguration<Stamp>
{
    public void Configure(EntityTypeBuilder<Stamp> builder)
    {
        // A card holds a shop's stamp once, whatever two requests racing each other do.
        builder.HasIndex(s => new { s.CardId, s.ShopId }).IsUnique();
        builder.HasIndex(s => new { s.ShopId, s.JapanDay });
        builder.HasOne<AntennaShop>().WithMany().HasForeignKey(s => s.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
