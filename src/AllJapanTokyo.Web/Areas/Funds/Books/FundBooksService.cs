using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using AllJapanTokyo.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Funds.Books;

/// <summary>
/// The use cases of the fund's books: the operator records calls, distributions, investees, investments, valuations,
/// exits and support and submits quarterly reports; Tokyo approves (proposing the measure's FY figures), returns or
/// publishes them. Every rule is the domain's (<see cref="FundBook"/>); a refused post stores nothing. Access is the
/// controller's (<see cref="FundAccess"/>).
/// </summary>
public sealed class FundBooksService(
    AppDbContext db,
    FundAccess access,
    Notifier notifier,
    ComputedFigureProposals proposals,
    LinkGenerator links,
    TimeProvider clock)
{
    public const string FigureSourceKind = "funds.report";

    public const long MaxYen = 1_000_000_000_000;

    /// <summary>The measure's indicators a report can give, by code; only those the measure's form has are proposed.</summary>
    private static readonly Dictionary<string, Func<FundQuarterlyReport, decimal>> Indicators = new()
    {
        [FundsService.InvesteeIndicator] = r => r.InvesteeCount,
        ["fund_investments_yen"] = r => r.InvestedYen,
        ["partner_prefectures"] = r => r.PartnerPrefectureCount,
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => JapanTime.DayOf(Now);

    public async Task<FundBook?> BookAsync(int fundId, CancellationToken cancellationToken)
    {
        var fund = await db.FundsWithBooks.SingleOrDefaultAsync(f => f.Id == fundId, cancellationToken);
        return fund is null ? null : new FundBook(fund, Today);
    }

    public async Task<FundBookPage?> PageAsync(int fundId, bool keeps, bool decides, FundRefusal? refusal, string? done, string? find, CancellationToken cancellationToken)
    {
        if (await BookAsync(fundId, cancellationToken) is not { } book)
        {
            return null;
        }

        var prefectures = (await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.Name)).ToList();
        var linkedIds = book.Fund.Investments.Where(i => i.EnterpriseId is not null).Select(i => i.EnterpriseId!.Value).ToList();
        var linked = await db.Enterprises.AsNoTracking().Where(e => linkedIds.Contains(e.Id))
            .Select(e => new RegistryEnterprise(e.Id, e.NameJa, e.CorporateNumber, e.IsSynthetic))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        return new FundBookPage(
            book.Fund,
            book.StatusAt(Today),
            book.Fund.Investors.ToDictionary(i => i.Id, book.UnfundedOf),
            prefectures,
            keeps,
            decides,
            refusal,
            done)
        {
            EditsCard = keeps || decides,
            Find = find,
            Enterprises = await FindEnterprisesAsync(find, cancellationToken),
            Linked = linked,
        };
    }

    public async Task<FundRefusal?> RecordCallAsync(int fundId, CallForm form, CancellationToken cancellationToken)
    {
        if (Yen(form.Amount, nameof(form.Amount), out var amount) is { } bad)
        {
            return bad;
        }

        if (form.On is not { } on)
        {
            return new(FundProblem.DateRequired);
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        return await SaveUnlessAsync(book.RecordCall(on, form.Purpose, amount, isSynthetic: false, out _), cancellationToken);
    }

    public async Task<FundRefusal?> RecordDistributionAsync(int fundId, DistributionForm form, CancellationToken cancellationToken)
    {
        if (Yen(form.Amount, nameof(form.Amount), out var amount) is { } bad)
        {
            return bad;
        }

        if (form.On is not { } on)
        {
            return new(FundProblem.DateRequired);
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        return await SaveUnlessAsync(book.RecordDistribution(on, form.Kind, amount, isSynthetic: false, out _), cancellationToken);
    }

    public async Task<FundRefusal?> AddInvesteeAsync(int fundId, InvesteeForm form, CancellationToken cancellationToken)
    {
        var name = form.CompanyName?.Trim();
        var partner = form.PartnerName?.Trim();
        if (string.IsNullOrEmpty(name) || !Prefecture.IsValidCode(form.PrefectureCode ?? ""))
        {
            return new(FundProblem.TextRequired);
        }

        if (name.Length > Fund.NameMaxLength || partner?.Length > Fund.NameMaxLength)
        {
            return new(FundProblem.TextTooLong);
        }

        if (!string.IsNullOrEmpty(partner) && !Prefecture.IsValidCode(form.PartnerPrefectureCode ?? ""))
        {
            return new(FundProblem.TextRequired);
        }

        if (form.EnterpriseId is { } enterpriseId && !await IsPublicEnterpriseAsync(enterpriseId, cancellationToken))
        {
            return new(FundProblem.EnterpriseUnknown);
        }

        var investee = new FundInvestment { FundId = fundId, CompanyNameJa = name, PrefectureCode = form.PrefectureCode!, EnterpriseId = form.EnterpriseId };
        if (!string.IsNullOrEmpty(partner))
        {
            investee.Partners.Add(new FundInvesteePartner { NameJa = partner, PrefectureCode = form.PartnerPrefectureCode! });
        }

        db.FundInvestments.Add(investee);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Links an investee to its entry in the enterprise registry (a public one), or unlinks it with none.</summary>
    public async Task<FundRefusal?> LinkEnterpriseAsync(int fundId, EnterpriseLinkForm form, CancellationToken cancellationToken)
    {
        var investee = await db.FundInvestments.SingleOrDefaultAsync(i => i.Id == form.InvestmentId && i.FundId == fundId, cancellationToken);
        if (investee is null)
        {
            return new(FundProblem.TextRequired);
        }

        if (form.EnterpriseId is { } enterpriseId && !await IsPublicEnterpriseAsync(enterpriseId, cancellationToken))
        {
            return new(FundProblem.EnterpriseUnknown);
        }

        investee.EnterpriseId = form.EnterpriseId;
        await db.SaveChangesAsync(cancellationToken);

        // The investee's public page names the link.
        await db.MarkChangedAsync(Now, cancellationToken);
        return null;
    }

    /// <summary>The registry's public enterprises whose name contains, or whose corporate number starts with, what was typed.</summary>
    public async Task<List<RegistryEnterprise>> FindEnterprisesAsync(string? find, CancellationToken cancellationToken)
    {
        var text = find?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return await db.Enterprises.AsNoTracking().Where(Enterprise.IsPublic)
            .Where(e => e.NameJa.Contains(text) || e.CorporateNumber.StartsWith(text))
            .OrderBy(e => e.NameJa).ThenBy(e => e.Id)
            .Take(20)
            .Select(e => new RegistryEnterprise(e.Id, e.NameJa, e.CorporateNumber, e.IsSynthetic))
            .ToListAsync(cancellationToken);
    }

    private Task<bool> IsPublicEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken) =>
        db.Enterprises.Where(Enterprise.IsPublic).AnyAsync(e => e.Id == enterpriseId, cancellationToken);

    /// <summary>Changes the fund card. Public pages keep showing the card of the latest published report until the next one is published.</summary>
    public async Task<FundRefusal?> EditCardAsync(int fundId, FundCardForm form, CancellationToken cancellationToken)
    {
        PartialDate? established = null;
        if (!string.IsNullOrWhiteSpace(form.Established) && !PartialDate.TryParse(form.Established, out established))
        {
            return new(FundProblem.DateFormat);
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        return await SaveUnlessAsync(book.EditCard(form.OperatorName, established, form.TermEndsOn), cancellationToken);
    }

    /// <summary>Adds an investor (<see cref="InvestorForm.InvestorId"/> 0) or changes one of the fund's investors.</summary>
    public async Task<FundRefusal?> SaveInvestorAsync(int fundId, InvestorForm form, CancellationToken cancellationToken)
    {
        if (Yen(form.Commitment, nameof(form.Commitment), out var commitment) is { } bad)
        {
            return bad;
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        if (form.InvestorId == 0)
        {
            return await SaveUnlessAsync(book.AddInvestor(form.Name, form.Kind, commitment, out _), cancellationToken);
        }

        return book.Fund.Investors.SingleOrDefault(i => i.Id == form.InvestorId) is not { } investor
            ? new(FundProblem.TextRequired)
            : await SaveUnlessAsync(book.EditInvestor(investor, form.Name, form.Kind, commitment), cancellationToken);
    }

    /// <summary>Corrects a mistaken record by a reversing entry (see <see cref="FundBook.Correct"/>).</summary>
    public async Task<FundRefusal?> CorrectAsync(int fundId, CorrectionForm form, CancellationToken cancellationToken)
    {
        if (!form.TryRecord(out var kind, out var recordId))
        {
            return new(FundProblem.CorrectionNotFound);
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        if (book.Correct(kind, recordId, form.Reason) is { } problem)
        {
            return new(problem);
        }

        // The same record corrected in the same moment from another tab: the unique index on the reversed record keeps one.
        return await SaveToBooksAsync(cancellationToken, whenTheUniqueIndexRefuses: FundProblem.AlreadyCorrected) is { } refused ? new(refused) : null;
    }

    public async Task<FundRefusal?> RecordRoundAsync(int fundId, RoundForm form, CancellationToken cancellationToken)
    {
        if (Yen(form.Amount, nameof(form.Amount), out var amount) is { } bad)
        {
            return bad;
        }

        if (form.On is not { } on)
        {
            return new(FundProblem.DateRequired);
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        return Investee(book, form.InvestmentId) is not { } investee
            ? new(FundProblem.TextRequired)
            : await SaveUnlessAsync(book.RecordInvestment(investee, on, form.Instrument, form.Stage, amount, isSynthetic: false), cancellationToken);
    }

    public async Task<FundRefusal?> RecordValuationAsync(int fundId, ValuationForm form, CancellationToken cancellationToken)
    {
        if (Yen(form.Value, nameof(form.Value), out var value, allowZero: true) is { } bad)
        {
            return bad;
        }

        if (form.AsOf is not { } asOf)
        {
            return new(FundProblem.DateRequired);
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        return Investee(book, form.InvestmentId) is not { } investee
            ? new(FundProblem.TextRequired)
            : await SaveUnlessAsync(book.RecordValuation(investee, asOf, value, isSynthetic: false), cancellationToken);
    }

    public async Task<FundRefusal?> RecordExitAsync(int fundId, ExitForm form, CancellationToken cancellationToken)
    {
        if (Yen(form.Cost, nameof(form.Cost), out var cost) is { } badCost)
        {
            return badCost;
        }

        if (Yen(form.Proceeds, nameof(form.Proceeds), out var proceeds, allowZero: true) is { } badProceeds)
        {
            return badProceeds;
        }

        if (form.On is not { } on)
        {
            return new(FundProblem.DateRequired);
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        return Investee(book, form.InvestmentId) is not { } investee
            ? new(FundProblem.TextRequired)
            : await SaveUnlessAsync(book.RecordExit(investee, on, cost, proceeds, isSynthetic: false), cancellationToken);
    }

    public async Task<FundRefusal?> RecordSupportAsync(int fundId, SupportForm form, CancellationToken cancellationToken)
    {
        if (form.On is not { } on)
        {
            return new(FundProblem.DateRequired);
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        return Investee(book, form.InvestmentId) is not { } investee
            ? new(FundProblem.TextRequired)
            : await SaveUnlessAsync(book.RecordSupport(investee, on, form.Note, isSynthetic: false), cancellationToken);
    }

    /// <summary>Submits the report of a quarter end and tells Tokyo's officials; returns the report's id.</summary>
    public async Task<(int? Id, FundRefusal? Refusal)> SubmitReportAsync(int fundId, DateOnly? quarterEnd, string operatorId, CancellationToken cancellationToken)
    {
        if (quarterEnd is not { } end)
        {
            return (null, new(FundProblem.DateRequired));
        }

        var book = await BookAsync(fundId, cancellationToken) ?? throw new InvalidOperationException("No such fund.");
        if (book.SubmitReport(end, operatorId, Now, out var report) is { } problem)
        {
            return (null, new(problem));
        }

        // The report's id names it in the officials' notification, so it is saved first; both are kept or neither.
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (await SaveToBooksAsync(cancellationToken) is { } refused)
        {
            return (null, new(refused));
        }

        await notifier.NotifyAsync(await access.OfficialsAsync(cancellationToken), new FundReportSubmittedNotification(book.Fund.NameJa, end, ReportPath(report!.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (report.Id, null);
    }

    public async Task<int?> FundOfReportAsync(int reportId, CancellationToken cancellationToken) =>
        await db.FundQuarterlyReports.AsNoTracking().Where(r => r.Id == reportId).Select(r => (int?)r.FundId).SingleOrDefaultAsync(cancellationToken);

    public async Task<FundReportPage?> ReportPageAsync(int reportId, bool keeps, bool decides, FundRefusal? refusal, CancellationToken cancellationToken)
    {
        if (await FundOfReportAsync(reportId, cancellationToken) is not { } fundId || await BookAsync(fundId, cancellationToken) is not { } book)
        {
            return null;
        }

        var report = book.Fund.Reports.Single(r => r.Id == reportId);
        return new FundReportPage(book.Fund, report, book.StatusAt(report.QuarterEnd), keeps, decides, refusal);
    }

    /// <summary>
    /// Tokyo approves a report: in the same unit of work the measure's FY figures it gives are proposed to the reporting
    /// review, and the operators are told.
    /// </summary>
    public async Task<FundRefusal?> ApproveAsync(int reportId, string officialId, CancellationToken cancellationToken)
    {
        var report = await db.FundQuarterlyReports.SingleAsync(r => r.Id == reportId, cancellationToken);
        if (report.Approve(officialId, Now) is { } problem)
        {
            return new(problem);
        }

        var fund = await db.Funds.AsNoTracking().SingleAsync(f => f.Id == report.FundId, cancellationToken);
        var fiscalYear = FiscalYear.Containing(report.QuarterEnd).StartYear;
        var onForm = await db.FormIndicators.AsNoTracking()
            .Where(f => f.InitiativeCode == FundsService.InitiativeCode)
            .Select(f => f.IndicatorCode)
            .ToListAsync(cancellationToken);
        var figures = Indicators
            .Where(i => onForm.Contains(i.Key))
            .Select(i => new FigureProposal(fiscalYear, FundsService.InitiativeCode, i.Key, null, i.Value(report)))
            .ToList();
        await proposals.ProposeAsync(
            new FigureSource(
                FigureSourceKind,
                string.Create(CultureInfo.InvariantCulture, $"{fund.Id}-{fiscalYear}"),
                $"「{fund.NameJa}」の四半期報告（{report.QuarterEnd:yyyy-MM-dd}現在）から算出",
                report.IsSynthetic),
            figures,
            cancellationToken);
        await notifier.NotifyAsync(await access.OperatorsOfAsync(report.FundId, cancellationToken), new FundReportApprovedNotification(fund.NameJa, report.QuarterEnd, ReportPath(report.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<FundRefusal?> ReturnAsync(int reportId, string officialId, string? reason, CancellationToken cancellationToken)
    {
        var report = await db.FundQuarterlyReports.SingleAsync(r => r.Id == reportId, cancellationToken);
        if (report.Return(officialId, reason, Now) is { } problem)
        {
            return new(problem);
        }

        var fund = await db.Funds.AsNoTracking().SingleAsync(f => f.Id == report.FundId, cancellationToken);
        await notifier.NotifyAsync(await access.OperatorsOfAsync(report.FundId, cancellationToken), new FundReportReturnedNotification(fund.NameJa, report.QuarterEnd, report.ReturnReason!, ReportPath(report.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Publishes an approved report: its figures replace those on /funds, so the stored public pages are renewed.</summary>
    public async Task<FundRefusal?> PublishAsync(int reportId, CancellationToken cancellationToken)
    {
        var report = await db.FundQuarterlyReports.SingleAsync(r => r.Id == reportId, cancellationToken);
        if (report.Publish(Now) is { } problem)
        {
            return new(problem);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.MarkChangedAsync(Now, cancellationToken);
        return null;
    }

    public async Task<InvestorNotice?> NoticeAsync(int fundId, bool isCall, int recordId, int investorId, CancellationToken cancellationToken)
    {
        if (await BookAsync(fundId, cancellationToken) is not { } book || book.Fund.Investors.SingleOrDefault(i => i.Id == investorId) is not { } investor)
        {
            return null;
        }

        var fund = book.Fund;
        var commitments = book.Commitments;
        if (isCall)
        {
            if (fund.CapitalCalls.SingleOrDefault(c => c.Id == recordId) is not { } call)
            {
                return null;
            }

            var calledToDate = fund.CapitalCalls
                .Where(c => c.CalledOn < call.CalledOn || (c.CalledOn == call.CalledOn && c.Id <= call.Id))
                .SelectMany(c => c.Parts).Where(p => p.InvestorId == investorId).Sum(p => p.AmountYen);
            var part = call.Parts.Single(p => p.InvestorId == investorId).AmountYen;
            return new InvestorNotice(fund, investor, call.CalledOn, call.Purpose, null, call.AmountYen, part, commitments, calledToDate, investor.CommitmentYen - calledToDate, call.IsSynthetic || investor.IsSynthetic);
        }

        if (fund.Distributions.SingleOrDefault(d => d.Id == recordId) is not { } distribution)
        {
            return null;
        }

        var paidIn = fund.CapitalCalls.Where(c => c.CalledOn <= distribution.PaidOn).SelectMany(c => c.Parts).Where(p => p.InvestorId == investorId).Sum(p => p.AmountYen);
        var share = distribution.Parts.Single(p => p.InvestorId == investorId).AmountYen;
        return new InvestorNotice(fund, investor, distribution.PaidOn, null, distribution.Kind, distribution.AmountYen, share, commitments, paidIn, investor.CommitmentYen - paidIn, distribution.IsSynthetic || investor.IsSynthetic);
    }

    private static FundInvestment? Investee(FundBook book, int id) => book.Fund.Investments.SingleOrDefault(i => i.Id == id);

    private async Task<FundRefusal?> SaveUnlessAsync(FundProblem? problem, CancellationToken cancellationToken)
    {
        if (problem is not null)
        {
            return new(problem);
        }

        return await SaveToBooksAsync(cancellationToken) is { } refused ? new(refused) : null;
    }

    /// <summary>
    /// Saves what was recorded against the books, or says why nothing of it was kept: another record reached the books
    /// after this one was checked against them (the fund's books version moved), or, where the caller names a problem for
    /// it, a unique index refused the row.
    /// </summary>
    private async Task<FundProblem?> SaveToBooksAsync(CancellationToken cancellationToken, FundProblem? whenTheUniqueIndexRefuses = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FundProblem.BooksChangedMeanwhile;
        }
        catch (DbUpdateException) when (whenTheUniqueIndexRefuses is not null)
        {
            db.ChangeTracker.Clear();
            return whenTheUniqueIndexRefuses;
        }
    }

    private static FundRefusal? Yen(string? text, string field, out long yen, bool allowZero = false)
    {
        yen = 0;
        if (TypedNumber.TryParseYen(text, MaxYen, out var parsed) is { } problem)
        {
            return new(null, problem, field);
        }

        if (parsed is null || (parsed == 0 && !allowZero))
        {
            return new(FundProblem.AmountNotPositive, null, field);
        }

        yen = parsed.Value;
        return null;
    }

    private string ReportPath(int reportId) =>
        links.GetPathByAction("Report", "FundsManage", new { area = "Funds", id = reportId }) ?? throw new InvalidOperationException("The fund report page has no route.");
}
