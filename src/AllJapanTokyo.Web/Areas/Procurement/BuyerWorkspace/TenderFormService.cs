using System.Globalization;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.BuyerWorkspace;

/// <summary>
/// The buyer's tender form: post a new tender (or a copy of an earlier one) as a draft, edit the draft, and publish it.
/// Dates are typed in Japan time and stored in UTC.
/// </summary>
public sealed class TenderFormService(AppDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    private static readonly string[] JapanTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm"];

    /// <summary>The form's value of a submit button that publishes the tender as it saves it.</summary>
    public const string PublishSubmit = "publish";

    public const string DraftSubmit = "draft";

    public Task<IReadOnlyList<PrefectureOption>> PrefecturesAsync(CancellationToken cancellationToken) => db.PrefectureOptionsAsync(cancellationToken);

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

        return new TenderFormViewModel(null, null, input, await PrefecturesAsync(cancellationToken), copyFromId);
    }

    public async Task<TenderFormViewModel?> EditFormAsync(int organizationId, int id, CancellationToken cancellationToken)
    {
        var tender = await OwnAsync(organizationId, id, tracking: false, cancellationToken);
        return tender is null || tender.Status != TenderStatus.Draft
            ? null
            : new TenderFormViewModel(id, tender.Reference, InputFrom(tender), await PrefecturesAsync(cancellationToken), null);
    }

    /// <summary>Creates (<paramref name="id"/> null) or edits a draft and, when asked, publishes it; on any problem nothing is stored.</summary>
    public async Task<(ChangeResult Result, int? TenderId)> SaveAsync(int organizationId, int? id, TenderInput input, CancellationToken cancellationToken)
    {
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

        long? budget = null;
        if (!string.IsNullOrWhiteSpace(input.BudgetYen))
        {
            budget = TypedNumber.Yen(input.BudgetYen);
            if (budget is null or < 0)
            {
                problems.Add(nameof(TenderInput.BudgetYen), FormProblem.BudgetNotANumber);
            }
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
            Reference = $"T-{Tender.JapanDay(now).Year}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
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

        var publish = input.Submit == PublishSubmit;
        if (publish)
        {
            try
            {
                tender.Publish(now);
            }
            catch (TenderRuleException error)
            {
                return (ChangeResult.Refused("", error), id);
            }
        }

        if (tender.Id == 0)
        {
            db.Tenders.Add(tender);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (ChangeResult.Done(publish ? ChangeNotice.Published : ChangeNotice.DraftSaved), tender.Id);
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
        EnquiryEnd = JapanLocal(tender.EnquiryEndUtc),
        TenderStart = JapanLocal(tender.TenderStartUtc),
        TenderEnd = JapanLocal(tender.TenderEndUtc),
        ContactJa = tender.ContactJa,
    };

    /// <summary>An instant as a datetime-local input shows it, in Japan time ("2026-12-01T17:00").</summary>
    private static string JapanLocal(DateTime utc) => (utc + JapanOffset).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static DateTime? JapanInput(string? text, string field, FormProblem missing, ChangeProblems problems)
    {
        if (!string.IsNullOrWhiteSpace(text)
            && DateTime.TryParseExact(text.Trim(), JapanTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return DateTime.SpecifyKind(local - JapanOffset, DateTimeKind.Utc);
        }

        problems.Add(field, missing);
        return null;
    }
}
