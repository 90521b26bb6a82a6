using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Funds;

namespace AllJapanTokyo.UnitTests.Domain;

/// <summary>
/// The fund card, its investors' commitments, and corrections by reversing entries: each refusal changes nothing, each
/// correction adds one entry and keeps the record it cancels, and a report given before keeps its figures.
/// </summary>
public sealed class FundBookCorrections
{
    private static readonly DateOnly Today = new(2022, 1, 15);

    private static (FundBook Book, FundInvestment A, FundInvestment B) Books()
    {
        var fund = new Fund { Id = 1, NameJa = "試験ファンド", Established = PartialDate.OfMonth(2016, 11) };
        fund.Investors.Add(new FundInvestor { Id = 1, NameJa = "東京都", Kind = FundInvestorKind.Tokyo, CommitmentYen = 600 });
        fund.Investors.Add(new FundInvestor { Id = 2, NameJa = "銀行", Kind = FundInvestorKind.Private, CommitmentYen = 400 });
        var a = new FundInvestment { Id = 1, FundId = 1, CompanyNameJa = "A社", PrefectureCode = "13" };
        var b = new FundInvestment { Id = 2, FundId = 1, CompanyNameJa = "B社", PrefectureCode = "15" };
        fund.Investments.AddRange([a, b]);
        var book = new FundBook(fund, Today);
        Ok(book.RecordCall(new(2017, 1, 31), CallPurpose.Investment, 500, false, out _));
        Ok(book.RecordCall(new(2017, 2, 28), CallPurpose.ManagementFee, 20, false, out _));
        Ok(book.RecordInvestment(a, new(2017, 3, 1), InvestmentInstrument.CommonShares, InvestmentStage.Early, 300, false));
        Ok(book.RecordInvestment(b, new(2017, 4, 1), InvestmentInstrument.CommonShares, InvestmentStage.Early, 100, false));
        Ok(book.RecordValuation(b, new(2017, 6, 30), 150, false));
        Ok(book.RecordExit(a, new(2018, 5, 1), 100, 250, false));
        Ok(book.RecordDistribution(new(2018, 6, 1), DistributionKind.Gain, 300, false, out _));
        Number(fund);
        return (book, a, b);
    }

    /// <summary>The ids a database would give, so corrections can name their records.</summary>
    private static void Number(Fund fund)
    {
        var id = fund.CapitalCalls.Select(c => c.Id).Concat(fund.Distributions.Select(d => d.Id))
            .Concat(fund.Investments.SelectMany(i => i.Rounds.Select(r => r.Id).Concat(i.Valuations.Select(v => v.Id)).Concat(i.Exits.Select(e => e.Id))))
            .DefaultIfEmpty(100).Max();
        foreach (var call in fund.CapitalCalls.Where(c => c.Id == 0))
        {
            call.Id = ++id;
        }

        foreach (var distribution in fund.Distributions.Where(d => d.Id == 0))
        {
            distribution.Id = ++id;
        }

        foreach (var round in fund.Investments.SelectMany(i => i.Rounds).Where(r => r.Id == 0))
        {
            round.Id = ++id;
        }

        foreach (var valuation in fund.Investments.SelectMany(i => i.Valuations).Where(v => v.Id == 0))
        {
            valuation.Id = ++id;
        }

        foreach (var exit in fund.Investments.SelectMany(i => i.Exits).Where(e => e.Id == 0))
        {
            exit.Id = ++id;
        }
    }

    private static void Ok(FundProblem? problem) => Assert.Null(problem);

    [Fact]
    public void ACommitmentCannotFallBelowWhatTheInvestorPaidIn()
    {
        var (book, _, _) = Books();
        var tokyo = book.Fund.Investors[0];

        // 520 called, split 600 : 400 → Tokyo paid in 312.
        Assert.Equal(FundProblem.CommitmentBelowPaidIn, book.EditInvestor(tokyo, "東京都", FundInvestorKind.Tokyo, 311));
        Assert.Equal(600, tokyo.CommitmentYen);
        Ok(book.EditInvestor(tokyo, "東京都", FundInvestorKind.Tokyo, 312));
        Assert.Equal(0, book.UnfundedOf(tokyo));
        Assert.Equal(FundProblem.AmountNotPositive, book.AddInvestor("新しい出資者", FundInvestorKind.Private, 0, out _));
        Assert.Equal(FundProblem.TextRequired, book.AddInvestor(" ", FundInvestorKind.Private, 100, out _));
        Ok(book.AddInvestor("新しい出資者", FundInvestorKind.Private, 100, out var added));
        Assert.Equal(3, book.Fund.Investors.Count);
        Assert.Equal(100, book.UnfundedOf(added!));
    }

    [Fact]
    public void EveryKeptRecordRaisesTheBooksVersionAndARefusedOneDoesNot()
    {
        var (book, a, _) = Books();
        var version = book.Fund.BooksVersion;
        Assert.Equal(FundProblem.CallBeyondUnfunded, book.RecordCall(new(2019, 1, 1), CallPurpose.Investment, 10_000, false, out _));
        Assert.Equal(FundProblem.DateInFuture, book.RecordValuation(a, new(2023, 1, 1), 10, false));
        Assert.Equal(version, book.Fund.BooksVersion);
        Ok(book.RecordCall(new(2019, 1, 1), CallPurpose.Investment, 10, false, out _));
        Ok(book.RecordSupport(a, new(2019, 2, 1), "面談", false));
        Ok(book.EditCard("運営会社", PartialDate.OfMonth(2016, 11), null));
        Assert.Equal(version + 3, book.Fund.BooksVersion);
    }

    [Fact]
    public void TheCardKeepsItsDatesInOrder()
    {
        var (book, _, _) = Books();
        Assert.Equal(FundProblem.EstablishedAfterRecords, book.EditCard("運営会社", PartialDate.OfMonth(2017, 2), null));
        Assert.Equal(FundProblem.TermBeforeEstablishment, book.EditCard("運営会社", PartialDate.OfMonth(2016, 11), new DateOnly(2016, 11, 1)));
        Assert.Equal(FundProblem.DateInFuture, book.EditCard("運営会社", PartialDate.OfMonth(2023, 1), null));
        Assert.Equal(FundProblem.TextRequired, book.EditCard(" ", PartialDate.OfMonth(2016, 11), null));
        Assert.Null(book.Fund.OperatorNameJa);
        Ok(book.EditCard(" 運営会社 ", PartialDate.OfDay(new DateOnly(2016, 11, 1)), new DateOnly(2026, 11, 30)));
        Assert.Equal(("運営会社", new DateOnly(2026, 11, 30)), (book.Fund.OperatorNameJa, book.Fund.TermEndsOn));
    }

    [Fact]
    public void ACallALaterDistributionNeededCannotBeReversed()
    {
        var (book, _, _) = Books();
        var call = book.Fund.CapitalCalls[0];
        Assert.Equal(FundProblem.CorrectionBreaksCash, book.Correct(FundRecordKind.Call, call.Id, "誤り"));
        Assert.Equal(2, book.Fund.CapitalCalls.Count);
    }

    [Fact]
    public void AReversedCallCancelsItsPartsOnItsOwnDateAndStaysTraceable()
    {
        var (book, _, _) = Books();
        var fee = book.Fund.CapitalCalls[1];
        var before = book.StatusAt(Today);
        Ok(book.Correct(FundRecordKind.Call, fee.Id, " 二重計上 "));
        var reversal = book.Fund.CapitalCalls.Single(c => c.ReversesId == fee.Id);
        Assert.Equal((fee.CalledOn, -20L, "二重計上"), (reversal.CalledOn, reversal.AmountYen, reversal.CorrectionReason));
        Assert.Equal(fee.Parts.Select(p => -p.AmountYen), reversal.Parts.Select(p => p.AmountYen));
        Assert.Equal(20, fee.AmountYen);

        var after = book.StatusAt(Today);
        Assert.Equal(before.PaidInYen - 20, after.PaidInYen);
        Assert.Equal(before.NavYen, after.NavYen);
        Assert.Contains(after.Cash, l => l.SourceId == fee.Id && l.AmountYen == 20);
        Assert.Contains(after.Cash, l => l.SourceId == reversal.Id && l.AmountYen == -20);

        Assert.Equal(FundProblem.AlreadyCorrected, book.Correct(FundRecordKind.Call, fee.Id, "もう一度"));
        Number(book.Fund);
        Assert.Equal(FundProblem.CorrectionNotFound, book.Correct(FundRecordKind.Call, reversal.Id, "訂正の訂正"));
        Assert.Equal(FundProblem.ReasonRequired, book.Correct(FundRecordKind.Distribution, book.Fund.Distributions[0].Id, " "));
    }

    [Fact]
    public void AReversedDistributionReturnsItsCash()
    {
        var (book, _, _) = Books();
        var distribution = book.Fund.Distributions[0];
        Ok(book.Correct(FundRecordKind.Distribution, distribution.Id, "誤り"));
        var status = book.StatusAt(Today);
        Assert.Equal(0, status.DistributedYen);
        Assert.Equal(-300, book.Fund.Distributions[1].Parts.Sum(p => p.AmountYen));
    }

    [Fact]
    public void AnInvestmentCannotBeReversedUnderALaterExitOrValuation()
    {
        var (book, a, b) = Books();
        Assert.Equal(FundProblem.CorrectionBreaksHolding, book.Correct(FundRecordKind.Investment, a.Rounds[0].Id, "誤り"));
        Assert.Equal(FundProblem.CorrectionBreaksRecords, book.Correct(FundRecordKind.Investment, b.Rounds[0].Id, "誤り"));
        Assert.Single(a.Rounds);
        Assert.Single(b.Rounds);

        // With its valuation reversed first, B's investment can go: it no longer counts as an investee.
        Ok(book.Correct(FundRecordKind.Valuation, b.Valuations[0].Id, "誤り"));
        Ok(book.Correct(FundRecordKind.Investment, b.Rounds[0].Id, "投資先の誤り"));
        var status = book.StatusAt(Today);
        Assert.Equal(1, status.InvesteeCount);
        Assert.Equal(300, status.InvestedYen);
    }

    [Fact]
    public void AReversedValuationLetsTheQuarterBeValuedAgain()
    {
        var (book, _, b) = Books();
        Assert.Equal(150, book.StatusAt(Today).Holdings.Single(h => h.InvestmentId == b.Id).ValueYen);
        Assert.Equal(FundProblem.ValuationExists, book.RecordValuation(b, new(2017, 6, 30), 120, false));
        Ok(book.Correct(FundRecordKind.Valuation, b.Valuations[0].Id, "評価の誤り"));
        Assert.Equal(100, book.StatusAt(Today).Holdings.Single(h => h.InvestmentId == b.Id).ValueYen);
        Ok(book.RecordValuation(b, new(2017, 6, 30), 120, false));
        Assert.Equal(120, book.StatusAt(Today).Holdings.Single(h => h.InvestmentId == b.Id).ValueYen);
    }

    [Fact]
    public void AnExitWhoseProceedsWerePaidOutCannotBeReversed()
    {
        var (book, a, _) = Books();

        // Cash: 500 paid in (the 20 of fees are called and paid out the same day), 400 invested → 100; the exit brings
        // 250 → 350; 300 distributed → 50. Without the exit, the distribution would leave −200.
        Assert.Equal(FundProblem.CorrectionBreaksCash, book.Correct(FundRecordKind.Exit, a.Exits[0].Id, "誤り"));
        Ok(book.Correct(FundRecordKind.Distribution, book.Fund.Distributions[0].Id, "分配の誤り"));
        Ok(book.Correct(FundRecordKind.Exit, a.Exits[0].Id, "回収の誤り"));
        var status = book.StatusAt(Today);
        Assert.Equal((0L, 300L), (status.ProceedsYen, status.Holdings.Single(h => h.InvestmentId == a.Id).CostHeldYen));
    }

    [Fact]
    public void AReportKeepsItsFiguresAndTheNextUsesTheCorrectedBooks()
    {
        var (book, _, _) = Books();
        Ok(book.SubmitReport(new(2021, 3, 31), "operator", DateTime.UtcNow, out var given));
        Ok(book.Correct(FundRecordKind.Call, book.Fund.CapitalCalls[1].Id, "二重計上"));
        Assert.Equal(520, given!.PaidInYen);
        Ok(book.SubmitReport(new(2021, 6, 30), "operator", DateTime.UtcNow, out var next));
        Assert.Equal(500, next!.PaidInYen);
    }
}
