using AllJapanTokyo.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Data;

/// <summary>The tender portal's own sets (the tenders themselves are declared in AppDbContext.cs).</summary>
public partial class AppDbContext
{
    public DbSet<Bid> Bids => Set<Bid>();

    public DbSet<TenderQuestion> TenderQuestions => Set<TenderQuestion>();

    public DbSet<TenderDocument> TenderDocuments => Set<TenderDocument>();

    public DbSet<TenderInterest> TenderInterests => Set<TenderInterest>();

    public DbSet<TenderAmendment> TenderAmendments => Set<TenderAmendment>();

    public DbSet<TenderWatch> TenderWatches => Set<TenderWatch>();
}
