using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// The tender portal: tenders, their bids, questions, documents and joint-bid interests.

internal sealed class TenderConfiguration : IEntityTypeConfiguration<Tender>
{
    public void Configure(EntityTypeBuilder<Tender> builder)
    {
        builder.Property(t => t.Reference).HasMaxLength(32);
        builder.HasIndex(t => t.Reference).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(Tender.MaxTitleLength);
        builder.Property(t => t.Description).HasMaxLength(Tender.MaxDescriptionLength);
        // Title and description normalised, with a separator between them (TenderSearchIndex keeps it current).
        builder.Property(t => t.SearchText).HasMaxLength(Tender.MaxTitleLength + Tender.MaxDescriptionLength + 1);
        builder.Property(t => t.DeliveryPrefectureCode).HasMaxLength(2);
        builder.Property(t => t.OtherDeliveryPrefectureCodes).HasMaxLength(150);
        builder.Property(t => t.EligiblePrefectureCodes).HasMaxLength(150);
        builder.Property(t => t.ContactJa).HasMaxLength(Tender.MaxContactLength);
        builder.Property(t => t.CancellationReason).HasMaxLength(Tender.MaxReasonLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.Status, t.TenderEndUtc });
        // The public list's deadline order reads open and closed tenders as two ranges of this index (ProcurementService).
        builder.HasIndex(t => new { t.TenderEndUtc, t.Status });
        builder.HasIndex(t => new { t.DeliveryPrefectureCode, t.Category });
        builder.HasIndex(t => t.BuyerOrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.BuyerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(t => t.DeliveryPrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BidConfiguration : IEntityTypeConfiguration<Bid>
{
    public void Configure(EntityTypeBuilder<Bid> builder)
    {
        // One bid per tender and enterprise: a revision rewrites it, a withdrawal only changes its status,
        // so two posts of the same form (or two tabs) can never leave two active bids.
        builder.HasIndex(b => new { b.TenderId, b.EnterpriseId }).IsUnique();
        builder.HasIndex(b => b.EnterpriseId);
        builder.Property(b => b.Note).HasMaxLength(Bid.MaxNoteLength);
        builder.Property(b => b.AttachmentFileName).HasMaxLength(TenderDocument.MaxFileNameLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne<Tender>().WithMany().HasForeignKey(b => b.TenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(b => b.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TenderQuestionConfiguration : IEntityTypeConfiguration<TenderQuestion>
{
    public void Configure(EntityTypeBuilder<TenderQuestion> builder)
    {
        builder.Property(q => q.QuestionText).HasMaxLength(TenderQuestion.MaxLength);
        builder.Property(q => q.AnswerText).HasMaxLength(TenderQuestion.MaxLength);
        builder.HasIndex(q => q.TenderId);
        builder.HasOne<Tender>().WithMany().HasForeignKey(q => q.TenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(q => q.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TenderDocumentConfiguration : IEntityTypeConfiguration<TenderDocument>
{
    public void Configure(EntityTypeBuilder<TenderDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(TenderDocument.MaxFileNameLength);
        builder.HasIndex(d => d.TenderId);
        builder.HasOne<Tender>().WithMany().HasForeignKey(d => d.TenderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TenderInterestConfiguration : IEntityTypeConfiguration<TenderInterest>
{
    public void Configure(EntityTypeBuilder<TenderInterest> builder)
    {
        builder.Property(i => i.Message).HasMaxLength(TenderInterest.MaxMessageLength);
        builder.HasIndex(i => new { i.TenderId, i.EnterpriseId }).IsUnique();
        builder.HasOne<Tender>().WithMany().HasForeignKey(i => i.TenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TenderAmendmentConfiguration : IEntityTypeConfiguration<TenderAmendment>
{
    public void Configure(EntityTypeBuilder<TenderAmendment> builder)
    {
        builder.Ignore(a => a.Changes);
        builder.Property(a => a.Reason).HasMaxLength(Tender.MaxReasonLength);
        // Two amendments saved at once cannot both be number n: the second fails and is told to look again.
        builder.HasIndex(a => new { a.TenderId, a.Number }).IsUnique();
        builder.HasOne<Tender>().WithMany().HasForeignKey(a => a.TenderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TenderWatchConfiguration : IEntityTypeConfiguration<TenderWatch>
{
    public void Configure(EntityTypeBuilder<TenderWatch> builder)
    {
        builder.HasIndex(w => new { w.TenderId, w.EnterpriseId }).IsUnique();
        builder.HasIndex(w => w.EnterpriseId);
        builder.HasOne<Tender>().WithMany().HasForeignKey(w => w.TenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(w => w.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}
