using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Crafts.Teams;

/// <summary>A member of a team as shown: a maker or the designer, with the profile's id.</summary>
public sealed record TeamMember(CraftApplicantSide Side, int ProfileId, string NameJa, string? PrefectureCode);

/// <summary>A team with its members, milestones and, once published, its product.</summary>
public sealed record TeamView(CraftTeam Team, string RoundTitleJa, IReadOnlyList<TeamMember> Members, IReadOnlyList<CraftMilestone> Milestones, int? ProductId);

/// <summary>A selected application Tokyo can put into a team.</summary>
public sealed record SelectedApplicant(int ApplicationId, CraftApplicantSide Side, int ProfileId, string NameJa);

/// <summary>The form that publishes a finished team's product, as typed.</summary>
public sealed class ProductInput
{
    public string? ProductJa { get; set; }

    public int? TokyoCraftId { get; set; }

    public int? PartnerCraftId { get; set; }

    public string? WhereToBuyJa { get; set; }
}

/// <summary>Whether the viewer may see or change a team.</summary>
public enum TeamAccess
{
    Unknown,
    Forbidden,
    Allowed,
}

/// <summary>
/// Development teams of the crafts measure: Tokyo forms a team from a round's selected applications (one designer, one or
/// more makers), with a year's plan of milestones; the team's members report progress; Tokyo sees every team at a glance,
/// records the development as finished and publishes its product, which proposes the measure's FY count of products.
/// </summary>
public sealed class CraftTeams(AppDbContext db, TimeProvider clock, ComputedFigureProposals proposals, Notifier notifier)
{
    public const string FigureSourceKind = "crafts.products";
    public const string ProductsIndicator = "collab_products";
    public const string ProgrammeJa = "「東京手仕事」プロジェクト";

    /// <summary>The months after forming by which each step is due: a development year.</summary>
    private static readonly (CraftMilestoneKind Kind, int Months)[] Plan =
        [(CraftMilestoneKind.Prototype, 3), (CraftMilestoneKind.AdviserReview, 5), (CraftMilestoneKind.Product, 8), (CraftMilestoneKind.Exhibition, 11)];

    private DateOnly TodayInTokyo => JapanTime.DayOf(clock.GetUtcNow());

    public async Task<IReadOnlyList<SelectedApplicant>> SelectedAsync(int roundId, CancellationToken cancellationToken) =>
        await (
                from a in db.CraftRoundApplications.AsNoTracking()
                where a.RoundId == roundId && a.SelectedAtUtc != null
                join m in db.CraftMakers on a.MakerId equals m.Id into makers
                from m in makers.DefaultIfEmpty()
                join d in db.Designers on a.DesignerId equals d.Id into designers
                from d in designers.DefaultIfEmpty()
                orderby a.Id
                select new SelectedApplicant(a.Id, a.MakerId != null ? CraftApplicantSide.Maker : CraftApplicantSide.Designer, a.MakerId ?? a.DesignerId ?? 0, m != null ? m.NameJa : d!.NameJa))
            .ToListAsync(cancellationToken);

    /// <summary>Forms a team of one selected designer and selected makers of the round; the problem when refused.</summary>
    public async Task<(CraftFieldProblem? Problem, int Id)> FormAsync(int roundId, string? nameJa, int designerApplicationId, IReadOnlyList<int> makerApplicationIds, CancellationToken cancellationToken)
    {
        var name = nameJa?.Trim() ?? "";
        if (name.Length == 0 || name.Length > CraftTeam.NameMaxLength)
        {
            return (new("NameJa", name.Length == 0 ? CraftProblem.Required : CraftProblem.TooLong), 0);
        }

        var selected = await SelectedAsync(roundId, cancellationToken);
        var designer = selected.FirstOrDefault(s => s.ApplicationId == designerApplicationId && s.Side == CraftApplicantSide.Designer);
        var makers = selected.Where(s => makerApplicationIds.Contains(s.ApplicationId) && s.Side == CraftApplicantSide.Maker).ToList();
        if (designer is null)
        {
            return (new("DesignerApplicationId", CraftProblem.NotSelected), 0);
        }

        if (makers.Count == 0 || makers.Count != makerApplicationIds.Distinct().Count())
        {
            return (new("MakerApplicationIds", CraftProblem.NotSelected), 0);
        }

        var today = TodayInTokyo;
        var start = new DateOnly(today.Year, today.Month, 1);
        var team = new CraftTeam
        {
            RoundId = roundId,
            NameJa = name,
            DesignerId = designer.ProfileId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Makers = makers.Select(m => new CraftTeamMaker { MakerId = m.ProfileId }).ToList(),
            Milestones = Plan.Select(p => new CraftMilestone { Kind = p.Kind, DueOn = start.AddMonths(p.Months) }).ToList(),
        };
        db.CraftTeams.Add(team);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(await MembersAsync(team.Id, cancellationToken), new CraftTeamFormed(team.Id, team.NameJa), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (null, team.Id);
    }

    /// <summary>The accounts of a team's designer and makers.</summary>
    private async Task<List<string>> MembersAsync(int teamId, CancellationToken cancellationToken)
    {
        var designer = await db.CraftTeams.Where(t => t.Id == teamId)
            .Join(db.Designers, t => t.DesignerId, d => d.Id, (t, d) => d.UserId).ToListAsync(cancellationToken);
        var makers = await db.CraftTeamMakers.Where(tm => tm.TeamId == teamId)
            .Join(db.CraftMakers, tm => tm.MakerId, m => m.Id, (tm, m) => m.UserId).ToListAsync(cancellationToken);
        return [.. designer, .. makers];
    }

    /// <summary>Every team at a glance, newest first.</summary>
    public async Task<IReadOnlyList<TeamView>> OverviewAsync(CancellationToken cancellationToken)
    {
        var ids = await db.CraftTeams.AsNoTracking().OrderByDescending(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        var views = new List<TeamView>();
        foreach (var id in ids)
        {
            views.Add((await ViewAsync(id, cancellationToken))!);
        }

        return views;
    }

    /// <summary>Tokyo staff see every team; a maker or designer only its own.</summary>
    public async Task<TeamAccess> AccessAsync(int teamId, string userId, bool isTokyoStaff, CancellationToken cancellationToken)
    {
        if (!await db.CraftTeams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            return TeamAccess.Unknown;
        }

        if (isTokyoStaff)
        {
            return TeamAccess.Allowed;
        }

        var isDesigner = await db.CraftTeams.AnyAsync(t => t.Id == teamId && db.Designers.Any(d => d.Id == t.DesignerId && d.UserId == userId), cancellationToken);
        var isMaker = await db.CraftTeamMakers.AnyAsync(m => m.TeamId == teamId && db.CraftMakers.Any(c => c.Id == m.MakerId && c.UserId == userId), cancellationToken);
        return isDesigner || isMaker ? TeamAccess.Allowed : TeamAccess.Forbidden;
    }

    /// <summary>The teams the account is a member of.</summary>
    public async Task<IReadOnlyList<int>> MineAsync(string userId, CancellationToken cancellationToken) =>
        await db.CraftTeams.AsNoTracking()
            .Where(t => db.Designers.Any(d => d.Id == t.DesignerId && d.UserId == userId)
                || db.CraftTeamMakers.Any(m => m.TeamId == t.Id && db.CraftMakers.Any(c => c.Id == m.MakerId && c.UserId == userId)))
            .OrderByDescending(t => t.Id)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);

    public async Task<TeamView?> ViewAsync(int teamId, CancellationToken cancellationToken)
    {
        var team = await db.CraftTeams.AsNoTracking().Include(t => t.Makers).Include(t => t.Milestones).SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
        {
            return null;
        }

        var round = await db.CraftCallRounds.AsNoTracking().Where(r => r.Id == team.RoundId).Select(r => r.TitleJa).SingleAsync(cancellationToken);
        var makerIds = team.Makers.Select(m => m.MakerId).ToList();
        var makers = await db.CraftMakers.AsNoTracking().Where(m => makerIds.Contains(m.Id)).OrderBy(m => m.Id)
            .Select(m => new TeamMember(CraftApplicantSide.Maker, m.Id, m.NameJa, m.PrefectureCode)).ToListAsync(cancellationToken);
        var designer = await db.Designers.AsNoTracking().Where(d => d.Id == team.DesignerId)
            .Select(d => new TeamMember(CraftApplicantSide.Designer, d.Id, d.NameJa, Prefecture.TokyoCode)).SingleAsync(cancellationToken);
        var product = await db.CraftCollaborations.AsNoTracking().Where(c => c.TeamId == teamId).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        return new TeamView(team, round, [designer, .. makers], team.Milestones.OrderBy(m => m.Kind).ToList(), product);
    }

    /// <summary>A member reports a milestone's progress (done or not, and what happened); Tokyo staff may not write for them.</summary>
    public async Task<CraftFieldProblem?> ReportAsync(int teamId, CraftMilestoneKind kind, bool done, string? progressJa, CancellationToken cancellationToken)
    {
        var progress = progressJa?.Trim() ?? "";
        if (progress.Length > CraftMilestone.TextMaxLength)
        {
            return new("ProgressJa", CraftProblem.TooLong);
        }

        var milestone = await db.CraftMilestones.SingleAsync(m => m.TeamId == teamId && m.Kind == kind, cancellationToken);
        milestone.ProgressJa = progress;
        milestone.DoneOn = done ? milestone.DoneOn ?? TodayInTokyo : null;
        milestone.ReportedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Tokyo publishes a team's product: the team's development is finished, the product's public page links the Tokyo
    /// craft, the partner craft and its prefecture; the published pages are marked changed and the FY's count of products
    /// proposed, all in one save.
    /// </summary>
    public async Task<(IReadOnlyList<CraftFieldProblem> Problems, int Id)> PublishAsync(int teamId, ProductInput input, byte[]? photo, CancellationToken cancellationToken)
    {
        var problems = new List<CraftFieldProblem>();
        var (product, whereToBuy) = (input.ProductJa?.Trim() ?? "", input.WhereToBuyJa?.Trim() ?? "");
        if (product.Length == 0)
        {
            problems.Add(new("ProductJa", CraftProblem.Required));
        }
        else if (product.Length > 200)
        {
            problems.Add(new("ProductJa", CraftProblem.TooLong));
        }

        if (whereToBuy.Length > 1000)
        {
            problems.Add(new("WhereToBuyJa", CraftProblem.TooLong));
        }

        var tokyoCraft = await db.Crafts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.TokyoCraftId && c.PrefectureCode == Prefecture.TokyoCode, cancellationToken);
        var partnerCraft = await db.Crafts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.PartnerCraftId && c.PrefectureCode != Prefecture.TokyoCode, cancellationToken);
        if (tokyoCraft is null)
        {
            problems.Add(new("TokyoCraftId", input.TokyoCraftId is null ? CraftProblem.Required : CraftProblem.UnknownCraft));
        }

        if (partnerCraft is null)
        {
            problems.Add(new("PartnerCraftId", input.PartnerCraftId is null ? CraftProblem.Required : CraftProblem.UnknownCraft));
        }

        if (photo is not null && CraftMakerImage.Problem(photo, 0, 1) is { } photoProblem)
        {
            problems.Add(new("Photo", photoProblem));
        }

        if (problems.Count > 0)
        {
            return (problems, 0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var team = await db.CraftTeams.SingleAsync(t => t.Id == teamId, cancellationToken);
        team.FinishedAtUtc ??= now;
        var collaboration = new CraftCollaboration
        {
            ProductJa = product,
            TokyoCraftJa = tokyoCraft!.NameJa,
            PartnerCraftJa = partnerCraft!.NameJa,
            PartnerPrefectureCode = partnerCraft.PrefectureCode,
            ProgrammeJa = ProgrammeJa,
            TokyoCraftId = tokyoCraft.Id,
            PartnerCraftId = partnerCraft.Id,
            TeamId = teamId,
            WhereToBuyJa = whereToBuy,
            IsPublished = true,
            IsSynthetic = team.IsSynthetic,
        };
        db.CraftCollaborations.Add(collaboration);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (photo is not null)
        {
            db.CraftCollaborationImages.Add(new CraftCollaborationImage
            {
                CollaborationId = collaboration.Id,
                ContentType = EnterpriseImage.DetectContentType(photo)!,
                Content = photo,
                UploadedAtUtc = now,
            });
        }

        await ProposeProductsAsync(team, cancellationToken);
        await notifier.NotifyAsync(await MembersAsync(teamId, cancellationToken), new CraftProductPublished(collaboration.Id, collaboration.ProductJa, team.NameJa), cancellationToken);
        await db.MarkChangedAsync(now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ([], collaboration.Id);
    }

    /// <summary>The products the teams finished in the fiscal year this one finished in, proposed as the measure's count.</summary>
    private async Task ProposeProductsAsync(CraftTeam team, CancellationToken cancellationToken)
    {
        var fiscalYear = JapanTime.FiscalYearOf(team.FinishedAtUtc!.Value);
        var (yearStart, yearEnd) = JapanTime.UtcSpanOf(fiscalYear);
        var count = await (
                from c in db.CraftCollaborations
                join t in db.CraftTeams on c.TeamId equals t.Id
                where c.IsPublished && c.IsSynthetic == team.IsSynthetic && t.FinishedAtUtc >= yearStart && t.FinishedAtUtc < yearEnd
                select c.Id)
            .CountAsync(cancellationToken);
        await proposals.ProposeAsync(
            new FigureSource(FigureSourceKind, fiscalYear.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture), $"「東京手仕事」の開発チームが{fiscalYear.JapaneseLabel}に完成させ公開したコラボ商品の数から算出", team.IsSynthetic),
            [new FigureProposal(fiscalYear.StartYear, CraftsService.InitiativeCode, ProductsIndicator, null, count)],
            cancellationToken);
    }
}
