using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Development only, with the demo accounts: the books of the real fund and its six real investees (their real
/// prefectures, from the progress report). The report states no amount, no date beyond the set-up month, no investor's
/// name and no partner company, so every investor, call, investment, valuation, support entry, partner and report
/// here is fictitious (IsSynthetic, shown with 架空). The operator account is bound to the fund; one published and one
/// submitted report let both the public page and the review be tried. Goes through <see cref="FundBook"/>, so the demo
/// obeys the same rules as the pages.
/// </summary>
public sealed class FundsDemoSeeder(AppDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(string operatorEmail, CancellationToken cancellationToken = default)
    {
        var fund = await db.FundsWithBooks
            .OrderBy(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var operatorId = await db.Users.Where(u => u.Email == operatorEmail).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (fund is null || operatorId is null || fund.Investors.Count > 0)
        {
            return;
        }

        db.FundOperatorAssignments.Add(new FundOperatorAssignment { FundId = fund.Id, UserId = operatorId });
        fund.OperatorNameJa = "【架空】デモ・キャピタル株式会社";
        fund.TermEndsOn = new DateOnly(2026, 11, 30);
        fund.IsSynthetic = true;
        fund.Investors.Add(new FundInvestor { NameJa = "東京都", Kind = FundInvestorKind.Tokyo, CommitmentYen = 1_500_000_000, IsSynthetic = true });
        fund.Investors.Add(new FundInvestor { NameJa = "【架空】デモ銀行", Kind = FundInvestorKind.Private, CommitmentYen = 1_000_000_000, IsSynthetic = true });
        fund.Investors.Add(new FundInvestor { NameJa = "【架空】デモ信用金庫", Kind = FundInvestorKind.Private, CommitmentYen = 333_333_333, IsSynthetic = true });
        await db.SaveChangesAsync(cancellationToken);

        // Partners in prefectures none of the six is based in, so the report's own prefecture lists stay as they are.
        (string Partner, string Prefecture)[] partners =
        [
            ("【架空】新潟デモ工業", "15"), ("【架空】福岡デモ商事", "40"), ("【架空】北海道デモ製作所", "01"),
            ("【架空】愛知デモ精機", "23"), ("【架空】広島デモ物産", "34"), ("【架空】鹿児島デモ食品", "46"),
        ];
        var investees = fund.Investments.Where(i => !i.IsSynthetic).OrderBy(i => i.Id).ToList();
        var book = new FundBook(fund, JapanTime.DayOf(clock.GetUtcNow()));
        Check(book.RecordCall(new DateOnly(2017, 1, 31), CallPurpose.Investment, 700_000_000, true, out _));
        Check(book.RecordCall(new DateOnly(2017, 1, 31), CallPurpose.ManagementFee, 30_000_000, true, out _));
        for (var i = 0; i < investees.Count; i++)
        {
            investees[i].Partners.Add(new FundInvesteePartner { NameJa = partners[i].Partner, PrefectureCode = partners[i].Prefecture, IsSynthetic = true });
            Check(book.RecordInvestment(investees[i], new DateOnly(2017, 3 + i, 15), InvestmentInstrument.PreferredShares, InvestmentStage.Early, 100_000_000, true));
            Check(book.RecordSupport(investees[i], new DateOnly(2017, 9, 1 + i), "【架空】販路開拓のため連携先企業との商談を設定", true));
            Check(book.RecordValuation(investees[i], new DateOnly(2020, 12, 31), 100_000_000 + (i * 15_000_000), true));
        }

        Check(book.RecordExit(investees[0], new DateOnly(2020, 6, 30), 50_000_000, 90_000_000, true));
        Check(book.RecordDistribution(new DateOnly(2020, 9, 30), DistributionKind.ReturnOfCapital, 80_000_000, true, out _));
        Check(book.SubmitReport(new DateOnly(2020, 12, 31), operatorId, clock.GetUtcNow().UtcDateTime, out var published));
        published!.IsSynthetic = true;
        published.State = FundReportState.Published;
        published.DecidedAtUtc = published.PublishedAtUtc = clock.GetUtcNow().UtcDateTime;
        Check(book.SubmitReport(new DateOnly(2021, 3, 31), operatorId, clock.GetUtcNow().UtcDateTime, out var waiting));
        waiting!.IsSynthetic = true;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Check(FundProblem? problem)
    {
        if (problem is not null)
        {
            throw new InvalidOperationException($"The fund's demo books break a rule: {problem}.");
        }
    }
}
