using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;

/// <summary>
/// The buyer's tender form: post a new tender (or a copy of an earlier one) as a draft and edit the draft; publishing
/// goes through its confirmation page (<see cref="BuyerWorkspaceService.PublishReviewAsync"/>). Dates are typed in
/// Japan time and stored in UTC. A draft saved by someone else since the form was opened is not overwritten.
/// </summary>
public sealed class TenderFormService(AppDbContext db, TimeProvider clock)
{
    /// <summary>The form's value of a submit button that saves the draft and goes on to the publishing confirmation.</summary>
    public const string PublishSubmit = "publish";

    public const string DraftSubmit = "draft";

    private Task<IReadOnlyList<PrefectureOption>> PrefecturesAsync(CancellationToken cancellationToken) => db.PrefectureOptionsAsync(cancellationToken);

    public async Task<TenderFormViewModel?> NewFormAsync(int organizationId, int? copyFromId, CancellationToken cancellationToken)
    {
        var input = new TenderInput { Category = TenderCategory.Services.Code(), Method = ProcurementMethod.Open.Code(), DeliveryPrefectureCode = "13" };
        if (copyFromId is { } copyId)
        {
            var source = await OwnAsync(organizationId, copyId, tracking: false, cancellationToken);
            if (source is null)
            {
                return null;
            }

            input = InputFrom(source);
            input.Title = source.Title + "（複写）";
            // A copy keeps what the buyer wrote, not the old dates: new dates must be chosen.
            input.EnquiryEnd = input.TenderStart = input.TenderEnd = null;
        }

        return await ViewModelAsync(null, null, input, copyFromId, cancellationToken);
    }

    /// <summary>The form with its choices (the prefectures, grouped by region for the eligibility checkboxes).</summary>
    public async Task<TenderFormViewModel> ViewModelAsync(int? id, string? reference, TenderInput input, int? copiedFromId, CancellationToken cancellationToken)
    {
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name, p.Region }).ToListAsync(cancellationToken);
        var regions = prefectures.GroupBy(p => p.Region.Ja)
            .Select(g => new PrefectureRegion(g.First().Region, g.Select(p => new PrefectureOption(p.Code, p.Name)).ToList()))
            .ToList();
        return new TenderFormViewModel(id, reference, input, prefectures.Select(p => new PrefectureOption(p.Code, p.Name)).ToList(), copiedFromId) { Regions = regions };
    }

    public async Task<TenderFormViewModel?> EditFormAsync(int organizationId, int id, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: false, cancellationToken);
        if (tender is null || tender.Status != TenderStatus.Draft)
        {
            return null;
        }

        var input = InputFrom(tender);
        input.Version = tender.Version;
        return await ViewModelAsync(id, tender.Reference, input, null, cancellationToken);
    }

    /// <summary>
    /// Creates (<paramref name="id"/> null) or edits a draft; on any problem nothing is stored. A region ticked as a whole
    /// adds its prefectures to the eligible ones (in <paramref name="input"/> too, so the form shows them). An edit of a
    /// draft someone saved after the form was opened (<see cref="TenderInput.Version"/>) is refused and writes nothing;
    /// the input then carries the current version, so that saving again after a look overwrites knowingly.
    /// </summary>
    public async Task<(ChangeResult Result, int? TenderId)> SaveAsync(int organizationId, int? id, TenderInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var regionCodes = input.EligibleRegions.Count == 0
            ? []
            : await db.Prefectures.AsNoTracking().Select(p => new { p.Code, p.Region }).ToListAsync(cancellationToken);
        input.EligiblePrefectureCodes = [.. input.EligiblePrefectureCodes.Union(regionCodes.Where(p => input.EligibleRegions.Contains(p.Region.Ja)).Select(p => p.Code)).Order(StringComparer.Ordinal)];
        input.EligibleRegions = [];

        Tender? tender = null;
        if (id is { } existingId)
        {
            tender = await OwnAsync(organizationId, existingId, tracking: true, cancellationToken);
            if (tender is null)
            {
                return (ChangeResult.NotFound, null);
            }

            try
            {
                tender.EnsureEditable();
            }
            catch (TenderRuleException error)
            {
                return (ChangeResult.Refused("", error), id);
            }

            if (input.Version != tender.Version)
            {
                input.Version = tender.Version;
                return (ChangeResult.Refused("", FormProblem.DraftSavedMeanwhile), id);
            }
        }

        var prefectureCodes = (await PrefecturesAsync(cancellationToken)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var problems = new ChangeProblems();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > Tender.MaxTitleLength)
        {
            problems.Add(nameof(TenderInput.Title), FormProblem.TitleMissing);
        }

        var description = input.Description?.Trim();
        if (string.IsNullOrEmpty(description) || description.Length > Tender.MaxDescriptionLength)
        {
            problems.Add(nameof(TenderInput.Description), FormProblem.DescriptionMissing);
        }

        var category = ProcurementText.ParseCategory(input.Category);
        if (category is null)
        {
            problems.Add(nameof(TenderInput.Category), FormProblem.CategoryMissing);
        }

        var method = ProcurementText.ParseMethod(input.Method);
        if (method is null)
        {
            problems.Add(nameof(TenderInput.Method), FormProblem.MethodMissing);
        }

        if (input.DeliveryPrefectureCode is null || !prefectureCodes.Contains(input.DeliveryPrefectureCode))
        {
            problems.Add(nameof(TenderInput.DeliveryPrefectureCode), FormProblem.DeliveryPrefectureMissing);
        }

        if (input.OtherDeliveryPrefectureCodes.Any(c => !prefectureCodes.Contains(c)) || input.EligiblePrefectureCodes.Any(c => !prefectureCodes.Contains(c)))
        {
            problems.Add(nameof(TenderInput.EligiblePrefectureCodes), FormProblem.PrefectureNotValid);
        }

        if (!input.Nationwide && input.EligiblePrefectureCodes.Count == 0)
        {
            problems.Add(nameof(TenderInput.EligiblePrefectureCodes), TenderProblem.NoEligiblePrefectures);
        }

        if (TypedNumber.TryParseYen(input.BudgetYen, Bid.MaxAmountYen, out var budget) is { } budgetProblem)
        {
            problems.Add(nameof(TenderInput.BudgetYen), budgetProblem);
        }

        var enquiryEnd = JapanInput(input.EnquiryEnd, nameof(TenderInput.EnquiryEnd), FormProblem.EnquiryEndMissing, problems);
        var tenderStart = JapanInput(input.TenderStart, nameof(TenderInput.TenderStart), FormProblem.TenderStartMissing, problems);
        var tenderEnd = JapanInput(input.TenderEnd, nameof(TenderInput.TenderEnd), FormProblem.TenderEndMissing, problems);
        if (enquiryEnd is { } e && tenderStart is { } s && tenderEnd is { } t && Tender.DateProblem(e, s, t) is { } dateProblem)
        {
            problems.Add(nameof(TenderInput.TenderEnd), dateProblem);
        }

        var contact = input.ContactJa?.Trim();
        if (string.IsNullOrEmpty(contact) || contact.Length > Tender.MaxContactLength)
        {
            problems.Add(nameof(TenderInput.ContactJa), FormProblem.ContactMissing);
        }

        if (problems.Count > 0)
        {
            return (new ChangeResult(true, problems), id);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        tender ??= new Tender
        {
            Reference = "",
            BuyerOrganizationId = organizationId,
            Title = "",
            Description = "",
            DeliveryPrefectureCode = "",
        };
        tender.Title = title!;
        tender.Description = description!;
        tender.Category = category!.Value;
        tender.Method = method!.Value;
        tender.DeliveryPrefectureCode = input.DeliveryPrefectureCode!;
        tender.OtherDeliveryPrefectureCodes = Tender.JoinCodes(input.OtherDeliveryPrefectureCodes.Where(c => c != input.DeliveryPrefectureCode));
        tender.Nationwide = input.Nationwide;
        tender.EligiblePrefectureCodes = input.Nationwide ? null : Tender.JoinCodes(input.EligiblePrefectureCodes);
        tender.BudgetYen = budget;
        tender.EnquiryEndUtc = enquiryEnd!.Value;
        tender.TenderStartUtc = tenderStart!.Value;
        tender.TenderEndUtc = tenderEnd!.Value;
        tender.ContactJa = contact;

        if (tender.Id != 0)
        {
            // The version the form was opened on is the one the database must still hold: a save in between fails here.
            db.Entry(tender).Property(t => t.Version).OriginalValue = input.Version!.Value;
            tender.SaveDraft();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                input.Version = await db.Tenders.AsNoTracking().Where(t => t.Id == tender.Id).Select(t => t.Version).FirstOrDefaultAsync(cancellationToken);
                return (ChangeResult.Refused("", FormProblem.DraftSavedMeanwhile), id);
            }

            return (ChangeResult.Done(ChangeNotice.DraftSaved), tender.Id);
        }

        await AddNumberedAsync(tender, now, cancellationToken);
        return (ChangeResult.Done(ChangeNotice.DraftSaved), tender.Id);
    }

    /// <summary>
    /// Stores a new tender under the buyer's next number of the fiscal year (「BS-2026-0007」). Two buyers' staff saving at
    /// once may pick the same number: the unique index refuses the second, which takes the next one.
    /// </summary>
    private async Task AddNumberedAsync(Tender tender, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var prefix = await db.Organizations.AsNoTracking().Where(o => o.Id == tender.BuyerOrganizationId)
            .Select(o => Organization.TenderPrefixOf(o.Id, o.TenderPrefix)).FirstAsync(cancellationToken);
        var fiscalYear = JapanTime.FiscalYearOf(nowUtc);
        var start = Tender.ReferenceStart(prefix, fiscalYear);
        db.Tenders.Add(tender);
        for (var attempt = 0; ; attempt++)
        {
            var taken = await db.Tenders.AsNoTracking().Where(t => t.Reference.StartsWith(start)).Select(t => t.Reference).ToListAsync(cancellationToken);
            var next = taken.Select(r => Tender.ReferenceSequence(r, start) ?? 0).DefaultIfEmpty(0).Max() + 1;
            tender.Reference = Tender.NewReference(prefix, fiscalYear, next);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // The number was taken between reading and writing: read the numbers again.
            }
        }
    }

    private Task<Tender?> OwnAsync(int organizationId, int id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Tenders.Where(t => t.Id == id && t.BuyerOrganizationId == organizationId);
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    private static TenderInput InputFrom(Tender tender) => new()
    {
        Title = tender.Title,
        Description = tender.Description,
        Category = tender.Category.Code(),
        Method = tender.Method.Code(),
        DeliveryPrefectureCode = tender.DeliveryPrefectureCode,
        OtherDeliveryPrefectureCodes = [.. Tender.SplitCodes(tender.OtherDeliveryPrefectureCodes)],
        Nationwide = tender.Nationwide,
        EligiblePrefectureCodes = [.. Tender.SplitCodes(tender.EligiblePrefectureCodes)],
        BudgetYen = tender.BudgetYen?.ToString(CultureInfo.InvariantCulture),
        EnquiryEnd = JapanTimeInput.Local(tender.EnquiryEndUtc),
        TenderStart = JapanTimeInput.Local(tender.TenderStartUtc),
        TenderEnd = JapanTimeInput.Local(tender.TenderEndUtc),
        ContactJa = tender.ContactJa,
    };

    /// <summary>The instant typed in Japan time, or the field's problem.</summary>
    internal static DateTime? JapanInput(string? text, string field, FormProblem missing, ChangeProblems problems)
    {
        if (JapanTimeInput.Parse(text) is { } utc)
        {
            return utc;
        }

        problems.Add(field, missing);
        return null;
    }
}
