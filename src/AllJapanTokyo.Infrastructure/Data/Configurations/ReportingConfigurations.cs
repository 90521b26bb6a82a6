using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Initiatives;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllJapanTokyo.Infrastructure.Data.Configurations;

// Fiscal-year reporting: the forms (initiative × indicator), the reports (FY × initiative × prefecture) with their
// workflow state, and the append-only audit trail.

internal sealed class FormIndicatorConfiguration : IEntityTypeConfiguration<FormIndicator>
{
    public void Configure(EntityTypeBuilder<FormIndicator> builder)
    {
        builder.HasKey(f => new { f.InitiativeCode, f.IndicatorCode });
        builder.Property(f => f.InitiativeCode).HasMaxLength(8);
        builder.Property(f => f.IndicatorCode).HasMaxLength(64);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(f => f.InitiativeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IndicatorDefinition>().WithMany().HasForeignKey(f => f.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.Property(s => s.InitiativeCode).HasMaxLength(8);
        builder.Property(s => s.PrefectureCode).HasMaxLength(2);
        builder.Property(s => s.ActivityReasonJa).HasMaxLength(ValidationRules.ReasonMaxLength);
        builder.Property(s => s.ReturnCommentJa).HasMaxLength(ReportSubmission.CommentMaxLength);
        builder.Property(s => s.LastSavedBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(s => s.SubmittedBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(s => s.ReviewedBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(s => s.LockExceptionBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsEditableState);
        builder.HasIndex(s => new { s.FiscalYear, s.InitiativeCode, s.PrefectureCode }).IsUnique();
        builder.HasIndex(s => new { s.PrefectureCode, s.FiscalYear });
        builder.HasOne<Initiative>().WithMany().HasForeignKey(s => s.InitiativeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(s => s.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportingAuditEntryConfiguration : IEntityTypeConfiguration<ReportingAuditEntry>
{
    public void Configure(EntityTypeBuilder<ReportingAuditEntry> builder)
    {
        builder.Property(a => a.InitiativeCode).HasMaxLength(8);
        builder.Property(a => a.PrefectureCode).HasMaxLength(2);
        builder.Property(a => a.IndicatorCode).HasMaxLength(64);
        builder.Property(a => a.FormatPart).HasMaxLength(16);
        builder.Property(a => a.OldValue).HasMaxLength(1000);
        builder.Property(a => a.NewValue).HasMaxLength(1000);
        builder.Property(a => a.Comment).HasMaxLength(1000);
        builder.Property(a => a.ChangedBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.HasIndex(a => new { a.SubmissionId, a.IndicatorCode });
        // No cascade: deleting a report never deletes its history.
        builder.HasOne<ReportSubmission>().WithMany().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComputedFigureConfiguration : IEntityTypeConfiguration<ComputedFigure>
{
    public void Configure(EntityTypeBuilder<ComputedFigure> builder)
    {
        builder.Property(f => f.InitiativeCode).HasMaxLength(8);
        builder.Property(f => f.IndicatorCode).HasMaxLength(64);
        builder.Property(f => f.PrefectureCode).HasMaxLength(2);
        builder.Property(f => f.SourceKind).HasMaxLength(ComputedFigure.SourceKindMaxLength);
        builder.Property(f => f.SourceKey).HasMaxLength(ComputedFigure.SourceKeyMaxLength);
        builder.Property(f => f.DescriptionJa).HasMaxLength(ComputedFigure.DescriptionMaxLength);
        builder.Property(f => f.CommentJa).HasMaxLength(ComputedFigure.CommentMaxLength);
        builder.Property(f => f.DecidedBy).HasMaxLength(AppUser.MaxEmailLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => new { f.State, f.FiscalYear });
        builder.HasIndex(f => new { f.SourceKind, f.SourceKey });
        builder.HasOne<Initiative>().WithMany().HasForeignKey(f => f.InitiativeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IndicatorDefinition>().WithMany().HasForeignKey(f => f.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Prefecture>().WithMany().HasForeignKey(f => f.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
    }
}
