using AllJapanTokyo.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

public partial class AppDbContext
{
    public DbSet<FormIndicator> FormIndicators => Set<FormIndicator>();

    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();

    public DbSet<ReportingAuditEntry> ReportingAuditEntries => Set<ReportingAuditEntry>();

    public DbSet<ComputedFigure> ComputedFigures => Set<ComputedFigure>();
}
