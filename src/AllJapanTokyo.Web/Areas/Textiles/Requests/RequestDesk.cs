using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Textiles.Requests;

/// <summary>A request as the designer types it.</summary>
public sealed class RequestInput
{
    public string? Material { get; set; }
    public string? Technique { get; set; }
    public string? Quantity { get; set; }
    public string? Timing { get; set; }
    public string? BudgetMin { get; set; }
    public string? BudgetMax { get; set; }
    public string? Purpose { get; set; }
}

/// <summary>A refused field of a request, a step or a message, with its problem (and the number's, for budgets).</summary>
public sealed record RequestFieldProblem(string Field, RequestProblem Problem, NumberProblem? Number = null);

/// <summary>A region's side of a request: the introduction, its answer, and the conversation with the designer.</summary>
public sealed record RequestThread(ProductionRegion Region, RegionIntroduction Introduction, IReadOnlyList<RequestMessage> Messages);

/// <summary>A request as one reader may see it: the designer and the coordinators every thread, a region's staff their own.</summary>
public sealed record RequestView(DesignRequest Request, Designer Designer, IReadOnlyList<RequestThread> Threads, TextilesActor Actor);

/// <summary>A request in a list.</summary>
public sealed record RequestRow(int Id, string MaterialJa, string DesignerJa, RequestStage Stage, DateTime SubmittedAtUtc, bool IsSynthetic);

/// <summary>The yearly counts of the measure and which of them its reporting form asks for.</summary>
public sealed record FigureOutcome(int Proposed, IReadOnlyList<string> NotOnForm);

/// <summary>
/// The designers' requests, worked through by the coordinators (Tokyo officials): submission, introductions, the
/// pipeline's steps, the regions' answers and the messages inside a request. Every step notifies the parties in the same
/// unit of work; access is decided here: a designer reads their own requests only, a region's staff the requests
/// introduced to their regions, anyone else gets nothing (404).
/// </summary>
public sealed class RequestDesk(AppDbContext db, Notifier notifier, LinkGenerator links, ComputedFigureProposals proposals, TimeProvider clock)
{
    public const long MaxBudgetYen = 100_000_000_000;

    public static readonly IReadOnlyList<string> Indicators =
        [TextilesSeeder.RequestsIndicator, TextilesSeeder.IntroductionsIndicator, TextilesSeeder.SamplesIndicator, TextilesSeeder.OrdersIndicator];

    public Task<Designer?> DesignerOfAsync(string userId, CancellationToken cancellationToken) =>
        db.Designers.AsNoTracking().SingleOrDefaultAsync(d => d.UserId == userId, cancellationToken);

    /// <summary>Submits a designer's request; the problems of every refused field, nothing stored, or the new id.</summary>
    public async Task<(IReadOnlyList<RequestFieldProblem> Problems, int? Id)> SubmitAsync(Designer designer, RequestInput input, CancellationToken cancellationToken)
    {
        var problems = new List<RequestFieldProblem>();
        string Text(string? value, string field, int max)
        {
            var text = value?.Trim() ?? "";
            if (text.Length == 0)
            {
                problems.Add(new(field, RequestProblem.Required));
            }
            else if (text.Length > max)
            {
                problems.Add(new(field, RequestProblem.TooLong));
            }

            return text;
        }

        var material = Text(input.Material, nameof(RequestInput.Material), DesignRequest.TextMaxLength);
        var technique = Text(input.Technique, nameof(RequestInput.Technique), DesignRequest.TextMaxLength);
        var quantity = Text(input.Quantity, nameof(RequestInput.Quantity), DesignRequest.ShortTextMaxLength);
        var timing = Text(input.Timing, nameof(RequestInput.Timing), DesignRequest.ShortTextMaxLength);
        var purpose = Text(input.Purpose, nameof(RequestInput.Purpose), DesignRequest.TextMaxLength);
        if (TypedNumber.TryParseYen(input.BudgetMin, MaxBudgetYen, out var min) is { } minProblem)
        {
            problems.Add(new(nameof(RequestInput.BudgetMin), RequestProblem.NotANumber, minProblem));
        }

        if (TypedNumber.TryParseYen(input.BudgetMax, MaxBudgetYen, out var max) is { } maxProblem)
        {
            problems.Add(new(nameof(RequestInput.BudgetMax), RequestProblem.NotANumber, maxProblem));
        }

        if (min is not null && max is not null && min > max)
        {
            problems.Add(new(nameof(RequestInput.BudgetMax), RequestProblem.BudgetRange));
        }

        if (problems.Count > 0)
        {
            return (problems, null);
        }

        var request = new DesignRequest
        {
            DesignerId = designer.Id,
            MaterialJa = material,
            TechniqueJa = technique,
            QuantityJa = quantity,
            TimingJa = timing,
            PurposeJa = purpose,
            BudgetMinYen = min,
            BudgetMaxYen = max,
            Stage = RequestStage.Received,
            SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
            IsSynthetic = designer.IsSynthetic,
        };
        db.DesignRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(await UsersInRoleAsync(Roles.TokyoOfficial, cancellationToken),
            new DesignRequestReceivedNotification(request.Id, designer.NameJa, material, PathOf(request.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ([], request.Id);
    }

    /// <summary>The requests the actor may read, newest first.</summary>
    public async Task<IReadOnlyList<RequestRow>> ListAsync(TextilesActor actor, CancellationToken cancellationToken)
    {
        var query = from request in db.DesignRequests.AsNoTracking()
                    join designer in db.Designers on request.DesignerId equals designer.Id
                    select new { request, designer };
        if (!actor.IsTokyoStaff)
        {
            if (actor.IsPrefectureStaff)
            {
                var regions = await RegionsOfAsync(actor, cancellationToken);
                query = query.Where(x => db.RegionIntroductions.Any(i => i.RequestId == x.request.Id && regions.Contains(i.RegionId)));
            }
            else
            {
                query = query.Where(x => x.designer.UserId == actor.UserId);
            }
        }

        return (await query.OrderByDescending(x => x.request.SubmittedAtUtc).ThenByDescending(x => x.request.Id)
                .Select(x => new RequestRow(x.request.Id, x.request.MaterialJa, x.designer.NameJa, x.request.Stage, x.request.SubmittedAtUtc, x.request.IsSynthetic))
                .Take(500).ToListAsync(cancellationToken));
    }

    /// <summary>The request as the actor may see it, or null (read as 404) when the actor has no part in it.</summary>
    public async Task<RequestView?> ViewAsync(int id, TextilesActor actor, CancellationToken cancellationToken)
    {
        var request = await db.DesignRequests.AsNoTracking()
            .Include(r => r.Introductions.OrderBy(i => i.Id))
            .Include(r => r.Messages.OrderBy(m => m.SentAtUtc).ThenBy(m => m.Id))
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var designer = await db.Designers.AsNoTracking().SingleAsync(d => d.Id == request.DesignerId, cancellationToken);
        var regionIds = request.Introductions.Select(i => i.RegionId).ToList();
        var regions = await db.ProductionRegions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        IEnumerable<RegionIntroduction> visible;
        if (actor.IsTokyoStaff || designer.UserId == actor.UserId)
        {
            visible = request.Introductions;
        }
        else if (actor.IsPrefectureStaff)
        {
            visible = request.Introductions.Where(i => regions[i.RegionId].IsKeptBy(actor.PrefectureCode)).ToList();
            if (!visible.Any())
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var threads = visible.Select(i => new RequestThread(regions[i.RegionId], i, request.Messages.Where(m => m.RegionId == i.RegionId).ToList())).ToList();
        return new(request, designer, threads, actor);
    }

    /// <summary>The coordinator introduces the request to regions (their staff and the designer are told).</summary>
    public async Task<RequestProblem?> IntroduceAsync(int id, IReadOnlyCollection<int> regionIds, CancellationToken cancellationToken)
    {
        var request = await db.DesignRequests.Include(r => r.Introductions).SingleAsync(r => r.Id == id, cancellationToken);
        var known = await db.ProductionRegions.Where(r => regionIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        var fresh = known.Where(r => !request.IsIntroducedTo(r)).ToList();
        if (request.Introduce(known, clock.GetUtcNow().UtcDateTime) is { } problem)
        {
            return problem;
        }

        await NotifyPartiesAsync(request, fresh, new DesignRequestStepNotification(request.Id, RequestStage.Introduced, request.MaterialJa, PathOf(request.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The coordinator records a step (met, sample, order) or closes the request with a reason.</summary>
    public async Task<RequestProblem?> StepAsync(int id, RequestStage to, string? reason, CancellationToken cancellationToken)
    {
        var request = await db.DesignRequests.Include(r => r.Introductions).SingleAsync(r => r.Id == id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = to == RequestStage.Closed ? request.Close(reason, now) : request.Advance(to, now);
        if (problem is not null)
        {
            return problem;
        }

        await NotifyPartiesAsync(request, request.Introductions.Select(i => i.RegionId).ToList(),
            new DesignRequestStepNotification(request.Id, to, request.MaterialJa, PathOf(request.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>A region's staff answer an introduction: interested or not now. Null when the actor may not answer for the region.</summary>
    public async Task<bool> AnswerAsync(int id, int regionId, IntroductionAnswer answer, TextilesActor actor, CancellationToken cancellationToken)
    {
        var region = await db.ProductionRegions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId, cancellationToken);
        var introduction = await db.RegionIntroductions.SingleOrDefaultAsync(i => i.RequestId == id && i.RegionId == regionId, cancellationToken);
        if (region is null || introduction is null || answer == IntroductionAnswer.None || !(actor.IsTokyoStaff || region.IsKeptBy(actor.PrefectureCode)))
        {
            return false;
        }

        introduction.Answer = answer;
        introduction.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        var request = await db.DesignRequests.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        var designer = await db.Designers.AsNoTracking().SingleAsync(d => d.Id == request.DesignerId, cancellationToken);
        var officials = await UsersInRoleAsync(Roles.TokyoOfficial, cancellationToken);
        await notifier.NotifyAsync(officials.Append(designer.UserId), new RegionAnsweredNotification(id, region.NameJa, answer, request.MaterialJa, PathOf(id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// A message between the designer and one introduced region (by either side); refused before the introduction and
    /// after the request ended, or with an attachment that is not an image or PDF, or over 5 MB. Nothing is stored then.
    /// </summary>
    public async Task<RequestProblem?> PostMessageAsync(RequestView view, int regionId, string? body, byte[]? attachment, string? fileName, CancellationToken cancellationToken)
    {
        var request = view.Request;
        if (request.MayTalkWith(regionId) is { } closed)
        {
            return closed;
        }

        var thread = view.Threads.FirstOrDefault(t => t.Region.Id == regionId);
        var side = view.Designer.UserId == view.Actor.UserId ? MessageSide.Designer
            : view.Actor.IsTokyoStaff ? MessageSide.Coordinator
            : MessageSide.Region;
        if (thread is null)
        {
            return RequestProblem.NotIntroduced;
        }

        if (RequestMessage.Problem(body, attachment ?? [], attachment is not null) is { } problem)
        {
            return problem;
        }

        var name = fileName is null ? null : Path.GetFileName(fileName);
        db.RequestMessages.Add(new RequestMessage
        {
            RequestId = request.Id,
            RegionId = regionId,
            AuthorUserId = view.Actor.UserId,
            Side = side,
            Body = body!.Trim(),
            SentAtUtc = clock.GetUtcNow().UtcDateTime,
            Attachment = attachment,
            AttachmentContentType = attachment is null ? null : RequestMessage.DetectAttachmentType(attachment),
            AttachmentFileName = attachment is null ? null : (name is { Length: > 0 } ? name[..Math.Min(name.Length, RequestMessage.FileNameMaxLength)] : "attachment"),
        });
        var recipients = side == MessageSide.Designer
            ? await StaffOfAsync([thread.Region], cancellationToken)
            : [view.Designer.UserId, .. side == MessageSide.Coordinator ? await StaffOfAsync([thread.Region], cancellationToken) : []];
        await notifier.NotifyAsync(recipients.Where(r => r != view.Actor.UserId), new RequestMessageNotification(request.Id, request.MaterialJa, PathOf(request.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Proposes the measure's counts for a fiscal year (Japan time, April to March) for the indicators its reporting form
    /// has: requests received, introductions made, samples and orders — introductions also per prefecture of the
    /// regions introduced, samples and orders per prefecture of the regions that answered they are interested (a request
    /// counts once in the total however many regions took part). Demonstration (架空) requests are never counted.
    /// </summary>
    public async Task<FigureOutcome> ProposeFiguresAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var onForm = await db.FormIndicators.AsNoTracking()
            .Where(f => f.InitiativeCode == TextilesService.InitiativeCode && Indicators.Contains(f.IndicatorCode))
            .Select(f => f.IndicatorCode).ToListAsync(cancellationToken);
        var notOnForm = Indicators.Where(i => !onForm.Contains(i)).ToList();
        var (from, to) = JapanTime.UtcSpanOf(new FiscalYear(fiscalYear));
        var requests = await db.DesignRequests.AsNoTracking().Include(r => r.Introductions).Where(r => !r.IsSynthetic).ToListAsync(cancellationToken);
        var regions = await db.ProductionRegions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.PrefectureCode, cancellationToken);
        bool In(DateTime? at) => at is { } t && t >= from && t < to;

        var figures = new List<FigureProposal>();
        void Add(string indicator, IEnumerable<(DesignRequest Request, string Prefecture)> counted, bool distinctRequests)
        {
            if (!onForm.Contains(indicator))
            {
                return;
            }

            var list = counted.ToList();
            figures.Add(new(fiscalYear, TextilesService.InitiativeCode, indicator, null, distinctRequests ? list.Select(c => c.Request.Id).Distinct().Count() : list.Count));
            figures.AddRange(list.GroupBy(c => c.Prefecture).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FigureProposal(fiscalYear, TextilesService.InitiativeCode, indicator, g.Key, distinctRequests ? g.Select(c => c.Request.Id).Distinct().Count() : g.Count())));
        }

        if (onForm.Contains(TextilesSeeder.RequestsIndicator))
        {
            figures.Add(new(fiscalYear, TextilesService.InitiativeCode, TextilesSeeder.RequestsIndicator, null, requests.Count(r => In(r.SubmittedAtUtc))));
        }

        Add(TextilesSeeder.IntroductionsIndicator,
            requests.SelectMany(r => r.Introductions.Where(i => In(i.IntroducedAtUtc)).Select(i => (r, regions[i.RegionId]))), distinctRequests: false);
        Add(TextilesSeeder.SamplesIndicator,
            requests.Where(r => In(r.SampleAtUtc)).SelectMany(r => r.Introductions.Where(i => i.Answer == IntroductionAnswer.Interested).Select(i => (r, regions[i.RegionId])).DistinctBy(x => x.Item2)), distinctRequests: true);
        Add(TextilesSeeder.OrdersIndicator,
            requests.Where(r => In(r.OrderedAtUtc)).SelectMany(r => r.Introductions.Where(i => i.Answer == IntroductionAnswer.Interested).Select(i => (r, regions[i.RegionId])).DistinctBy(x => x.Item2)), distinctRequests: true);

        if (figures.Count > 0)
        {
            await proposals.ProposeAsync(new FigureSource("textiles.requests", fiscalYear.ToString(CultureInfo.InvariantCulture),
                $"{fiscalYear}年度のデザイナーからの依頼（産地との交流）から算出", IsSynthetic: false), figures, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new(figures.Count, notOnForm);
    }

    public async Task<RequestMessage?> AttachmentAsync(RequestView view, int messageId, CancellationToken cancellationToken)
    {
        var regions = view.Threads.Select(t => t.Region.Id).ToList();
        return await db.RequestMessages.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == messageId && m.RequestId == view.Request.Id && regions.Contains(m.RegionId) && m.Attachment != null, cancellationToken);
    }

    public Task<List<ProductionRegion>> RegionsAsync(CancellationToken cancellationToken) =>
        db.ProductionRegions.AsNoTracking().OrderBy(r => r.PrefectureCode).ThenBy(r => r.NameJa).ToListAsync(cancellationToken);

    private string PathOf(int id) =>
        links.GetPathByAction("Show", "Requests", new { area = "Textiles", id }) ?? throw new InvalidOperationException("The request page has no route.");

    private async Task<List<int>> RegionsOfAsync(TextilesActor actor, CancellationToken cancellationToken) =>
        (await db.ProductionRegions.AsNoTracking().Select(r => new { r.Id, r.PrefectureCode, r.OtherPrefectureCodes }).ToListAsync(cancellationToken))
            .Where(r => r.PrefectureCode == actor.PrefectureCode || r.OtherPrefectureCodes.Split(',').Contains(actor.PrefectureCode))
            .Select(r => r.Id).ToList();

    private async Task NotifyPartiesAsync(DesignRequest request, IReadOnlyCollection<int> regionIds, NotificationMessage message, CancellationToken cancellationToken)
    {
        var regions = await db.ProductionRegions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToListAsync(cancellationToken);
        var designer = await db.Designers.AsNoTracking().Where(d => d.Id == request.DesignerId).Select(d => d.UserId).SingleAsync(cancellationToken);
        await notifier.NotifyAsync((await StaffOfAsync(regions, cancellationToken)).Append(designer), message, cancellationToken);
    }

    private async Task<List<string>> StaffOfAsync(IEnumerable<ProductionRegion> regions, CancellationToken cancellationToken)
    {
        var prefectures = regions.SelectMany(r => r.PrefectureCodes).Distinct().ToList();
        return await (from user in db.Users
                      join userRole in db.UserRoles on user.Id equals userRole.UserId
                      join role in db.Roles on userRole.RoleId equals role.Id
                      where role.Name == Roles.PrefectureStaff && user.PrefectureCode != null && prefectures.Contains(user.PrefectureCode)
                      select user.Id).ToListAsync(cancellationToken);
    }

    private Task<List<string>> UsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        (from user in db.Users
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join role in db.Roles on userRole.RoleId equals role.Id
         where role.Name == roleName
         select user.Id).ToListAsync(cancellationToken);
}
