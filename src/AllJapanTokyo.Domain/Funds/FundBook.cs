using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Funds;

/// <summary>Why a fund record was refused; the web layer words each code.</summary>
public enum FundProblem
{
    DateRequired,
    AmountNotPositive,
    NoInvestors,
    CallBeyondUnfunded,
    DistributionBeyondCash,
    InvestmentBeyondCash,
    DateBeforeEstablishment,
    DateInFuture,
    DateBeforeInvestment,
    NotAQuarterEnd,
    ValuationExists,
    ExitBeyondHolding,
    TextRequired,
    TextTooLong,
    ReportExists,
    ReportNotAwaitingDecision,
    ReasonRequired,
    ReportNotApproved,
    CommitmentBelowPaidIn,
    EstablishedAfterRecords,
    TermBeforeEstablishment,
    EnterpriseUnknown,
    CorrectionNotFound,
    AlreadyCorrected,
    CorrectionBreaksCash,
    CorrectionBreaksHolding,
    CorrectionBreaksRecords,
    BooksChangedMeanwhile,
    DateFormat,
}

/// <summary>The kinds of record a correction (a reversing entry) can cancel.</summary>
public enum FundRecordKind
{
    Call,
    Distribution,
    Investment,
    Valuation,
    Exit,
}

/// <summary>One line of the fund's cash: a call paid in, money spent on fees, an investment, proceeds, a distribution.</summary>
public enum CashLineKind
{
    Call,
    FeesPaid,
    Investment,
    Proceeds,
    Distribution,
}

public sealed record CashLine(DateOnly On, CashLineKind Kind, int SourceId, long AmountYen, bool IsSynthetic);

/// <summary>How one holding counts in the NAV: at its latest valuation, or at cost when none is newer than its last trade.</summary>
public sealed record HoldingValue(int InvestmentId, string CompanyNameJa, long CostHeldYen, long ValueYen, DateOnly? ValuedAsOf, bool IsSynthetic);

/// <summary>The fund's status at a date and every flow it comes from.</summary>
public sealed record FundStatus(
    DateOnly AsOf,
    long CommitmentsYen,
    long PaidInYen,
    long UnfundedYen,
    long DistributedYen,
    long InvestedYen,
    long ProceedsYen,
    long CashYen,
    long NavYen,
    int InvesteeCount,
    int SupportEntryCount,
    int PartnerPrefectureCount,
    FundMultiples Multiples,
    decimal? NetIrr,
    IReadOnlyList<CashLine> Cash,
    IReadOnlyList<HoldingValue> Holdings,
    IReadOnlyList<DatedFlow> InvestorFlows,
    bool IsSynthetic);

/// <summary>
/// The rules of a fund's books, in one place. Each Record… method either adds its record to the fund (and the caller
/// saves it) or returns why it was refused and changes nothing: no call beyond the investors' unfunded commitments, no
/// distribution or investment beyond the fund's cash on any day, no record dated before the fund was set up or in the
/// future, no valuation, exit or support before the investee's first investment, no exit of more than is held.
/// Needs the fund with its investors, calls, distributions, investments (and their records) and reports loaded.
/// </summary>
public sealed class FundBook(Fund fund, DateOnly today)
{
    public Fund Fund => fund;

    public long Commitments => fund.Investors.Sum(i => i.CommitmentYen);

    public long UnfundedOf(FundInvestor investor) =>
        investor.CommitmentYen - fund.CapitalCalls.SelectMany(c => c.Parts).Where(p => p.InvestorId == investor.Id).Sum(p => p.AmountYen);

    public FundProblem? RecordCall(DateOnly on, CallPurpose purpose, long amountYen, bool isSynthetic, out FundCapitalCall? call)
    {
        call = null;
        if (CheckAmountAndDate(amountYen, on) is { } problem)
        {
            return problem;
        }

        var investors = fund.Investors.OrderBy(i => i.Id).ToList();
        if (investors.Count == 0 || Commitments == 0)
        {
            return FundProblem.NoInvestors;
        }

        var parts = ProRata.Split(amountYen, investors.Select(i => i.CommitmentYen).ToList());
        if (investors.Where((investor, i) => parts[i] > UnfundedOf(investor)).Any())
        {
            return FundProblem.CallBeyondUnfunded;
        }

        call = new FundCapitalCall
        {
            FundId = fund.Id,
            CalledOn = on,
            Purpose = purpose,
            AmountYen = amountYen,
            IsSynthetic = isSynthetic,
            Parts = investors.Select((investor, i) => new FundCallPart { InvestorId = investor.Id, AmountYen = parts[i] }).ToList(),
        };
        fund.CapitalCalls.Add(call);
        return Changed();
    }

    public FundProblem? RecordDistribution(DateOnly on, DistributionKind kind, long amountYen, bool isSynthetic, out FundDistribution? distribution)
    {
        distribution = null;
        if (CheckAmountAndDate(amountYen, on) is { } problem)
        {
            return problem;
        }

        var investors = fund.Investors.OrderBy(i => i.Id).ToList();
        if (investors.Count == 0 || Commitments == 0)
        {
            return FundProblem.NoInvestors;
        }

        if (!CashStaysPositiveWith(new CashLine(on, CashLineKind.Distribution, 0, -amountYen, isSynthetic)))
        {
            return FundProblem.DistributionBeyondCash;
        }

        var parts = ProRata.Split(amountYen, investors.Select(i => i.CommitmentYen).ToList());
        distribution = new FundDistribution
        {
            FundId = fund.Id,
            PaidOn = on,
            Kind = kind,
            AmountYen = amountYen,
            IsSynthetic = isSynthetic,
            Parts = investors.Select((investor, i) => new FundDistributionPart { InvestorId = investor.Id, AmountYen = parts[i] }).ToList(),
        };
        fund.Distributions.Add(distribution);
        return Changed();
    }

    public FundProblem? RecordInvestment(FundInvestment investee, DateOnly on, InvestmentInstrument instrument, InvestmentStage stage, long amountYen, bool isSynthetic)
    {
        if (CheckAmountAndDate(amountYen, on) is { } problem)
        {
            return problem;
        }

        if (!CashStaysPositiveWith(new CashLine(on, CashLineKind.Investment, 0, -amountYen, isSynthetic)))
        {
            return FundProblem.InvestmentBeyondCash;
        }

        investee.Rounds.Add(new FundInvestmentRound { MadeOn = on, Instrument = instrument, Stage = stage, AmountYen = amountYen, IsSynthetic = isSynthetic });
        return Changed();
    }

    public FundProblem? RecordValuation(FundInvestment investee, DateOnly asOf, long valueYen, bool isSynthetic)
    {
        if (valueYen < 0)
        {
            return FundProblem.AmountNotPositive;
        }

        if (CheckDate(asOf) is { } problem)
        {
            return problem;
        }

        if (!FundQuarterlyReport.IsQuarterEnd(asOf))
        {
            return FundProblem.NotAQuarterEnd;
        }

        if (FirstInvestedOn(investee) is not { } first || asOf < first)
        {
            return FundProblem.DateBeforeInvestment;
        }

        if (investee.Valuations.Live().Any(v => v.AsOf == asOf))
        {
            return FundProblem.ValuationExists;
        }

        investee.Valuations.Add(new FundValuation { AsOf = asOf, ValueYen = valueYen, IsSynthetic = isSynthetic });
        return Changed();
    }

    public FundProblem? RecordExit(FundInvestment investee, DateOnly on, long costYen, long proceedsYen, bool isSynthetic)
    {
        if (costYen <= 0 || proceedsYen < 0)
        {
            return FundProblem.AmountNotPositive;
        }

        if (CheckDate(on) is { } problem)
        {
            return problem;
        }

        if (FirstInvestedOn(investee) is not { } first || on < first)
        {
            return FundProblem.DateBeforeInvestment;
        }

        // Held on the day and on every later day of its records: an exit dated back cannot undo a later one.
        var dates = investee.Exits.Live().Select(e => e.ExitedOn).Where(d => d >= on).Append(on);
        if (dates.Any(d => CostHeld(investee, d) - costYen < 0))
        {
            return FundProblem.ExitBeyondHolding;
        }

        investee.Exits.Add(new FundExit { ExitedOn = on, CostYen = costYen, ProceedsYen = proceedsYen, IsSynthetic = isSynthetic });
        return Changed();
    }

    public FundProblem? RecordSupport(FundInvestment investee, DateOnly on, string? noteJa, bool isSynthetic)
    {
        if (string.IsNullOrWhiteSpace(noteJa))
        {
            return FundProblem.TextRequired;
        }

        if (noteJa.Trim().Length > FundSupportEntry.NoteMaxLength)
        {
            return FundProblem.TextTooLong;
        }

        if (CheckDate(on) is { } problem)
        {
            return problem;
        }

        if (FirstInvestedOn(investee) is not { } first || on < first)
        {
            return FundProblem.DateBeforeInvestment;
        }

        investee.SupportEntries.Add(new FundSupportEntry { On = on, NoteJa = noteJa.Trim(), IsSynthetic = isSynthetic });
        return Changed();
    }

    /// <summary>
    /// Changes the fund card: its operator, establishment and the end of its term. The establishment cannot follow a
    /// record already kept (nor lie in the future), and the term ends after it. Public pages show the card as the latest
    /// published report kept it, so an edit reaches them only through Tokyo's approval and publication of a report.
    /// </summary>
    public FundProblem? EditCard(string? operatorNameJa, PartialDate? established, DateOnly? termEndsOn)
    {
        var name = operatorNameJa?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return FundProblem.TextRequired;
        }

        if (name.Length > Fund.NameMaxLength)
        {
            return FundProblem.TextTooLong;
        }

        if (established is null)
        {
            return FundProblem.DateRequired;
        }

        if (established.EarliestDay > today)
        {
            return FundProblem.DateInFuture;
        }

        if (CashLines().Select(l => l.On).Concat(fund.Investments.SelectMany(RecordDates)).Any(d => d < established.EarliestDay))
        {
            return FundProblem.EstablishedAfterRecords;
        }

        if (termEndsOn is { } end && end <= established.EarliestDay)
        {
            return FundProblem.TermBeforeEstablishment;
        }

        fund.OperatorNameJa = name;
        fund.Established = established;
        fund.TermEndsOn = termEndsOn;
        return Changed();
    }

    /// <summary>Adds an investor with its commitment; later calls and distributions are split with it.</summary>
    public FundProblem? AddInvestor(string? nameJa, FundInvestorKind kind, long commitmentYen, out FundInvestor? investor)
    {
        investor = null;
        if (CheckInvestor(nameJa, commitmentYen, paidInYen: 0) is { } problem)
        {
            return problem;
        }

        investor = new FundInvestor { FundId = fund.Id, NameJa = nameJa!.Trim(), Kind = kind, CommitmentYen = commitmentYen };
        fund.Investors.Add(investor);
        return Changed();
    }

    /// <summary>Changes an investor's name, kind or commitment; the commitment cannot fall below what it has paid in.</summary>
    public FundProblem? EditInvestor(FundInvestor investor, string? nameJa, FundInvestorKind kind, long commitmentYen)
    {
        if (CheckInvestor(nameJa, commitmentYen, investor.CommitmentYen - UnfundedOf(investor)) is { } problem)
        {
            return problem;
        }

        investor.NameJa = nameJa!.Trim();
        investor.Kind = kind;
        investor.CommitmentYen = commitmentYen;
        return Changed();
    }

    private static FundProblem? CheckInvestor(string? nameJa, long commitmentYen, long paidInYen)
    {
        if (string.IsNullOrWhiteSpace(nameJa))
        {
            return FundProblem.TextRequired;
        }

        if (nameJa.Trim().Length > Fund.NameMaxLength)
        {
            return FundProblem.TextTooLong;
        }

        if (commitmentYen <= 0)
        {
            return FundProblem.AmountNotPositive;
        }

        return commitmentYen < paidInYen ? FundProblem.CommitmentBelowPaidIn : null;
    }

    private static IEnumerable<DateOnly> RecordDates(FundInvestment investee) =>
        investee.Rounds.Select(r => r.MadeOn)
            .Concat(investee.Valuations.Select(v => v.AsOf))
            .Concat(investee.Exits.Select(e => e.ExitedOn))
            .Concat(investee.SupportEntries.Select(s => s.On));

    /// <summary>
    /// Corrects a mistaken call, distribution, investment, valuation or exit by a reversing entry: a record of the same
    /// kind on the same date with the amounts negated, naming the record it cancels and the reason. Nothing is edited or
    /// deleted, so every figure stays traceable; reports already given keep their figures and the next one is computed
    /// from the corrected books. Refused (and nothing added) when the books would then break a rule: cash below zero on
    /// a later day (a call or proceeds that a later distribution or investment needed), more sold than held, or records
    /// of an investee left before its first investment.
    /// </summary>
    public FundProblem? Correct(FundRecordKind kind, int recordId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return FundProblem.ReasonRequired;
        }

        if (reason.Trim().Length > FundCorrection.ReasonMaxLength)
        {
            return FundProblem.TextTooLong;
        }

        reason = reason.Trim();
        var investees = fund.Investments;
        return kind switch
        {
            FundRecordKind.Call => Reverse(fund.CapitalCalls, recordId, c => new FundCapitalCall
            {
                FundId = fund.Id, CalledOn = c.CalledOn, Purpose = c.Purpose, AmountYen = -c.AmountYen, IsSynthetic = c.IsSynthetic, ReversesId = c.Id, CorrectionReason = reason,
                Parts = c.Parts.Select(p => new FundCallPart { InvestorId = p.InvestorId, AmountYen = -p.AmountYen }).ToList(),
            }),
            FundRecordKind.Distribution => Reverse(fund.Distributions, recordId, d => new FundDistribution
            {
                FundId = fund.Id, PaidOn = d.PaidOn, Kind = d.Kind, AmountYen = -d.AmountYen, IsSynthetic = d.IsSynthetic, ReversesId = d.Id, CorrectionReason = reason,
                Parts = d.Parts.Select(p => new FundDistributionPart { InvestorId = p.InvestorId, AmountYen = -p.AmountYen }).ToList(),
            }),
            FundRecordKind.Investment => Reverse(investees.FirstOrDefault(i => i.Rounds.Any(r => r.Id == recordId))?.Rounds ?? [], recordId, r => new FundInvestmentRound
            {
                InvestmentId = r.InvestmentId, MadeOn = r.MadeOn, Instrument = r.Instrument, Stage = r.Stage, AmountYen = -r.AmountYen, IsSynthetic = r.IsSynthetic, ReversesId = r.Id, CorrectionReason = reason,
            }),
            FundRecordKind.Valuation => Reverse(investees.FirstOrDefault(i => i.Valuations.Any(v => v.Id == recordId))?.Valuations ?? [], recordId, v => new FundValuation
            {
                InvestmentId = v.InvestmentId, AsOf = v.AsOf, ValueYen = v.ValueYen, IsSynthetic = v.IsSynthetic, ReversesId = v.Id, CorrectionReason = reason,
            }),
            FundRecordKind.Exit => Reverse(investees.FirstOrDefault(i => i.Exits.Any(e => e.Id == recordId))?.Exits ?? [], recordId, e => new FundExit
            {
                InvestmentId = e.InvestmentId, ExitedOn = e.ExitedOn, CostYen = -e.CostYen, ProceedsYen = -e.ProceedsYen, IsSynthetic = e.IsSynthetic, ReversesId = e.Id, CorrectionReason = reason,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private FundProblem? Reverse<T>(List<T> records, int recordId, Func<T, T> reversal)
        where T : IFundCorrectable
    {
        if (records.SingleOrDefault(r => r.Id == recordId && recordId != 0) is not { } record || record.ReversesId is not null)
        {
            return FundProblem.CorrectionNotFound;
        }

        if (records.Any(r => r.ReversesId == recordId))
        {
            return FundProblem.AlreadyCorrected;
        }

        var entry = reversal(record);
        records.Add(entry);
        if (BrokenRule() is { } problem)
        {
            records.Remove(entry);
            return problem;
        }

        return Changed();
    }

    /// <summary>The first rule the whole books break, after a correction; null while they hold.</summary>
    private FundProblem? BrokenRule()
    {
        if (!CashStaysPositiveFrom(CashLines(), DateOnly.MinValue))
        {
            return FundProblem.CorrectionBreaksCash;
        }

        foreach (var investee in fund.Investments)
        {
            var trades = investee.Rounds.Select(r => r.MadeOn).Concat(investee.Exits.Select(e => e.ExitedOn));
            if (trades.Any(d => CostHeld(investee, d) < 0))
            {
                return FundProblem.CorrectionBreaksHolding;
            }

            var first = FirstInvestedOn(investee);
            var later = investee.Valuations.Live().Select(v => v.AsOf)
                .Concat(investee.Exits.Live().Select(e => e.ExitedOn))
                .Concat(investee.SupportEntries.Select(s => s.On));
            if (later.Any(d => first is null || d < first))
            {
                return FundProblem.CorrectionBreaksRecords;
            }
        }

        return null;
    }

    /// <summary>Submits the quarterly report of <paramref name="quarterEnd"/>: its figures are computed now and kept.</summary>
    public FundProblem? SubmitReport(DateOnly quarterEnd, string operatorId, DateTime nowUtc, out FundQuarterlyReport? report)
    {
        report = null;
        if (!FundQuarterlyReport.IsQuarterEnd(quarterEnd))
        {
            return FundProblem.NotAQuarterEnd;
        }

        if (CheckDate(quarterEnd) is { } problem)
        {
            return problem;
        }

        if (fund.Reports.Any(r => r.QuarterEnd == quarterEnd && r.State != FundReportState.Returned))
        {
            return FundProblem.ReportExists;
        }

        var status = StatusAt(quarterEnd);
        report = new FundQuarterlyReport
        {
            FundId = fund.Id,
            QuarterEnd = quarterEnd,
            State = FundReportState.Submitted,
            CommitmentsYen = status.CommitmentsYen,
            PaidInYen = status.PaidInYen,
            UnfundedYen = status.UnfundedYen,
            DistributedYen = status.DistributedYen,
            InvestedYen = status.InvestedYen,
            ProceedsYen = status.ProceedsYen,
            NavYen = status.NavYen,
            InvesteeCount = status.InvesteeCount,
            SupportEntryCount = status.SupportEntryCount,
            PartnerPrefectureCount = status.PartnerPrefectureCount,
            Dpi = status.Multiples.Dpi,
            Rvpi = status.Multiples.Rvpi,
            Tvpi = status.Multiples.Tvpi,
            NetIrr = status.NetIrr,
            IsSynthetic = status.IsSynthetic,
            OperatorNameJa = fund.OperatorNameJa,
            Established = fund.Established,
            TermEndsOn = fund.TermEndsOn,
            SubmittedAtUtc = nowUtc,
            SubmittedById = operatorId,
        };
        fund.Reports.Add(report);
        return Changed();
    }

    /// <summary>
    /// Every record is checked against the books as they were read; the version makes the save of a record refused when
    /// another was saved after that read (two calls that each fit the unfunded commitments alone but not together).
    /// </summary>
    private FundProblem? Changed()
    {
        fund.BooksVersion++;
        return null;
    }

    /// <summary>The fund's status at the end of <paramref name="asOf"/>, from the records dated on or before it.</summary>
    public FundStatus StatusAt(DateOnly asOf)
    {
        var cash = CashLines().Where(l => l.On <= asOf).ToList();
        var calls = fund.CapitalCalls.Where(c => c.CalledOn <= asOf).ToList();
        var distributions = fund.Distributions.Where(d => d.PaidOn <= asOf).ToList();
        var paidIn = calls.Sum(c => c.AmountYen);
        var distributed = distributions.Sum(d => d.AmountYen);
        var invested = fund.Investments.SelectMany(i => i.Rounds).Where(r => r.MadeOn <= asOf).Sum(r => r.AmountYen);
        var proceeds = fund.Investments.SelectMany(i => i.Exits).Where(e => e.ExitedOn <= asOf).Sum(e => e.ProceedsYen);
        var cashYen = cash.Sum(l => l.AmountYen);
        var holdings = fund.Investments
            .Where(i => i.Rounds.Live().Any(r => r.MadeOn <= asOf))
            .OrderBy(i => i.Id)
            .Select(i => Holding(i, asOf))
            .ToList();
        var nav = cashYen + holdings.Sum(h => h.ValueYen);
        var investees = fund.Investments.Where(i => i.Rounds.Live().Any(r => r.MadeOn <= asOf)).ToList();
        var partnerPrefectures = investees.SelectMany(i => i.Partners.Select(p => p.PrefectureCode).Append(i.PrefectureCode)).Distinct().Count();

        // The investors' side: calls paid in (negative), distributions received, and the NAV as if received at the end,
        // netted per day (a reversing entry cancels its record on the record's own date).
        var flows = calls.Select(c => new DatedFlow(c.CalledOn, -c.AmountYen))
            .Concat(distributions.Select(d => new DatedFlow(d.PaidOn, d.AmountYen)))
            .Append(new DatedFlow(asOf, nav))
            .GroupBy(f => f.On)
            .Select(g => new DatedFlow(g.Key, g.Sum(f => f.AmountYen)))
            .Where(f => f.AmountYen != 0)
            .OrderBy(f => f.On)
            .ToList();

        return new FundStatus(
            asOf,
            Commitments,
            paidIn,
            Commitments - paidIn,
            distributed,
            invested,
            proceeds,
            cashYen,
            nav,
            investees.Count,
            investees.Sum(i => i.SupportEntries.Count(s => s.On <= asOf)),
            partnerPrefectures,
            FundMultiples.Of(paidIn, distributed, nav),
            Xirr.Rate(flows),
            cash.OrderBy(l => l.On).ThenBy(l => l.Kind).ToList(),
            holdings,
            flows,
            fund.IsSynthetic || fund.Investors.Any(i => i.IsSynthetic) || cash.Any(l => l.IsSynthetic) || holdings.Any(h => h.IsSynthetic));
    }

    private static HoldingValue Holding(FundInvestment investee, DateOnly asOf)
    {
        var held = CostHeld(investee, asOf);
        var lastTrade = investee.Rounds.Live().Select(r => r.MadeOn).Concat(investee.Exits.Live().Select(e => e.ExitedOn)).Where(d => d <= asOf).DefaultIfEmpty().Max();
        var valuation = investee.Valuations.Live().Where(v => v.AsOf <= asOf && v.AsOf >= lastTrade).MaxBy(v => v.AsOf);
        var synthetic = investee.Rounds.Any(r => r.IsSynthetic && r.MadeOn <= asOf) || (valuation?.IsSynthetic ?? false);
        return held == 0
            ? new HoldingValue(investee.Id, investee.CompanyNameJa, 0, 0, null, synthetic)
            : new HoldingValue(investee.Id, investee.CompanyNameJa, held, valuation?.ValueYen ?? held, valuation?.AsOf, synthetic);
    }

    private static long CostHeld(FundInvestment investee, DateOnly on) =>
        investee.Rounds.Where(r => r.MadeOn <= on).Sum(r => r.AmountYen) - investee.Exits.Where(e => e.ExitedOn <= on).Sum(e => e.CostYen);

    private static DateOnly? FirstInvestedOn(FundInvestment investee) =>
        investee.Rounds.Live().Select(r => (DateOnly?)r.MadeOn).Min();

    /// <summary>Every movement of the fund's cash; fees and expenses are paid out on the day they are called.</summary>
    public IEnumerable<CashLine> CashLines()
    {
        foreach (var call in fund.CapitalCalls)
        {
            yield return new CashLine(call.CalledOn, CashLineKind.Call, call.Id, call.AmountYen, call.IsSynthetic);
            if (call.Purpose != CallPurpose.Investment)
            {
                yield return new CashLine(call.CalledOn, CashLineKind.FeesPaid, call.Id, -call.AmountYen, call.IsSynthetic);
            }
        }

        foreach (var investee in fund.Investments)
        {
            foreach (var round in investee.Rounds)
            {
                yield return new CashLine(round.MadeOn, CashLineKind.Investment, round.Id, -round.AmountYen, round.IsSynthetic);
            }

            foreach (var exit in investee.Exits)
            {
                yield return new CashLine(exit.ExitedOn, CashLineKind.Proceeds, exit.Id, exit.ProceedsYen, exit.IsSynthetic);
            }
        }

        foreach (var distribution in fund.Distributions)
        {
            yield return new CashLine(distribution.PaidOn, CashLineKind.Distribution, distribution.Id, -distribution.AmountYen, distribution.IsSynthetic);
        }
    }

    /// <summary>Money in before money out on the same day; the balance must not fall below zero on any day from then on.</summary>
    private bool CashStaysPositiveWith(CashLine added) => CashStaysPositiveFrom(CashLines().Append(added), added.On);

    private static bool CashStaysPositiveFrom(IEnumerable<CashLine> lines, DateOnly from)
    {
        var balance = 0L;
        foreach (var day in lines.GroupBy(l => l.On).OrderBy(g => g.Key))
        {
            balance += day.Sum(l => l.AmountYen);
            if (day.Key >= from && balance < 0)
            {
                return false;
            }
        }

        return true;
    }

    private FundProblem? CheckAmountAndDate(long amountYen, DateOnly on) =>
        amountYen <= 0 ? FundProblem.AmountNotPositive : CheckDate(on);

    private FundProblem? CheckDate(DateOnly on)
    {
        if (fund.Established is { } established && on < established.EarliestDay)
        {
            return FundProblem.DateBeforeEstablishment;
        }

        return on > today ? FundProblem.DateInFuture : null;
    }
}
