using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Funds.Books;

/// <summary>The words of the fund's books: its refusals, purposes, kinds and states, each through a literal key.</summary>
public static class FundBooksText
{
    public static LocalizedString Of(this IStringLocalizer L, FundRefusal refusal) => refusal switch
    {
        { Number: { } number } => L["{0}：{1}", L.FieldOf(refusal.Field), L.Of(number, FundBooksService.MaxYen, money: true)],
        { Problem: { } problem } => L.Of(problem),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
    };

    private static LocalizedString FieldOf(this IStringLocalizer L, string? field) => field switch
    {
        nameof(ValuationForm.Value) => L["評価額"],
        nameof(ExitForm.Cost) => L["回収した持分の取得原価"],
        nameof(ExitForm.Proceeds) => L["回収額"],
        nameof(InvestorForm.Commitment) => L["出資約束額"],
        _ => L["金額"],
    };

    public static LocalizedString Of(this IStringLocalizer L, FundProblem problem) => problem switch
    {
        FundProblem.DateRequired => L["日付を入力してください。"],
        FundProblem.AmountNotPositive => L["金額は1円以上で入力してください。"],
        FundProblem.NoInvestors => L["出資者と出資約束額が登録されていないため、按分できません。"],
        FundProblem.CallBeyondUnfunded => L["払込請求額が出資者の未払込の出資約束額を超えています。"],
        FundProblem.DistributionBeyondCash => L["分配額がファンドの手元資金を超えています。"],
        FundProblem.InvestmentBeyondCash => L["投資額がファンドの手元資金を超えています。先に払込請求を記録してください。"],
        FundProblem.DateBeforeEstablishment => L["ファンドの設立より前の日付は記録できません。"],
        FundProblem.DateInFuture => L["未来の日付は記録できません。"],
        FundProblem.DateBeforeInvestment => L["この投資先への最初の投資より前の日付です。"],
        FundProblem.NotAQuarterEnd => L["四半期末（3月31日、6月30日、9月30日、12月31日）の日付を入力してください。"],
        FundProblem.ValuationExists => L["この四半期末の評価額は既に記録されています。"],
        FundProblem.ExitBeyondHolding => L["回収する持分の取得原価が、その時点の保有分を超えています。"],
        FundProblem.TextRequired => L["必須項目を入力してください。"],
        FundProblem.TextTooLong => L["入力が長すぎます。"],
        FundProblem.ReportExists => L["この四半期末の報告は既に提出されています。"],
        FundProblem.ReportNotAwaitingDecision => L["この報告は承認待ちではありません。"],
        FundProblem.ReasonRequired => L["差戻しの理由を入力してください。"],
        FundProblem.ReportNotApproved => L["承認された報告だけを公表できます。"],
        FundProblem.CommitmentBelowPaidIn => L["出資約束額を、この出資者が既に払い込んだ額より少なくすることはできません。"],
        FundProblem.EstablishedAfterRecords => L["設立日より前の日付の記録があります。設立日は最初の記録の日以前にしてください。"],
        FundProblem.TermBeforeEstablishment => L["存続期間の満了日は設立日より後の日付にしてください。"],
        FundProblem.EnterpriseUnknown => L["企業データベースに公開されている企業から選んでください。"],
        FundProblem.CorrectionNotFound => L["訂正する記録が見つかりません（訂正の記録そのものは訂正できません）。"],
        FundProblem.AlreadyCorrected => L["この記録は既に訂正されています。"],
        FundProblem.BooksChangedMeanwhile => L["同じ時に別の記録が帳簿に保存されたため、この記録は保存していません。最新の帳簿を確認して、もう一度保存してください。"],
        FundProblem.CorrectionBreaksCash => L["この記録を取り消すと、後の分配または投資の時点で手元資金が不足します。先にそれらを訂正してください。"],
        FundProblem.CorrectionBreaksHolding => L["この記録を取り消すと、後の回収が保有分を超えます。先にその回収を訂正してください。"],
        FundProblem.CorrectionBreaksRecords => L["この記録を取り消すと、評価額・回収・経営支援の記録が最初の投資より前になります。先にそれらを訂正してください。"],
        FundProblem.DateFormat => L["設立は「2016-11」または「2016-11-01」の形で入力してください。"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static LocalizedString Of(this IStringLocalizer L, CallPurpose purpose) => purpose switch
    {
        CallPurpose.Investment => L["投資"],
        CallPurpose.ManagementFee => L["管理報酬"],
        CallPurpose.Expenses => L["ファンド費用"],
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };

    public static LocalizedString Of(this IStringLocalizer L, DistributionKind kind) => kind switch
    {
        DistributionKind.ReturnOfCapital => L["元本の返還"],
        DistributionKind.Gain => L["売却益"],
        DistributionKind.Income => L["配当・利息"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static LocalizedString Of(this IStringLocalizer L, InvestmentInstrument instrument) => instrument switch
    {
        InvestmentInstrument.CommonShares => L["普通株式"],
        InvestmentInstrument.PreferredShares => L["優先株式"],
        InvestmentInstrument.ConvertibleBonds => L["転換社債"],
        InvestmentInstrument.StockAcquisitionRights => L["新株予約権"],
        _ => throw new ArgumentOutOfRangeException(nameof(instrument)),
    };

    public static LocalizedString Of(this IStringLocalizer L, InvestmentStage stage) => stage switch
    {
        InvestmentStage.Seed => L["シード"],
        InvestmentStage.Early => L["アーリー"],
        InvestmentStage.Expansion => L["エクスパンション"],
        InvestmentStage.Later => L["レイター"],
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static LocalizedString Of(this IStringLocalizer L, FundInvestorKind kind) => kind switch
    {
        FundInvestorKind.Tokyo => L["東京都"],
        FundInvestorKind.Private => L["民間"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static LocalizedString Of(this IStringLocalizer L, FundRecordKind kind) => kind switch
    {
        FundRecordKind.Call => L["払込請求"],
        FundRecordKind.Distribution => L["分配"],
        FundRecordKind.Investment => L["投資"],
        FundRecordKind.Valuation => L["評価額"],
        FundRecordKind.Exit => L["回収"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static LocalizedString Of(this IStringLocalizer L, FundReportState state) => state switch
    {
        FundReportState.Submitted => L["承認待ち"],
        FundReportState.Returned => L["差戻し"],
        FundReportState.Approved => L["承認済み（未公表）"],
        FundReportState.Published => L["公表済み"],
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static LocalizedString Of(this IStringLocalizer L, CashLineKind kind) => kind switch
    {
        CashLineKind.Call => L["払込"],
        CashLineKind.FeesPaid => L["報酬・費用の支払"],
        CashLineKind.Investment => L["投資"],
        CashLineKind.Proceeds => L["回収"],
        CashLineKind.Distribution => L["分配"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>「1.2500倍」, "1.2500x"; 「—」 while nothing is paid in.</summary>
    public static string Multiple(this IStringLocalizer L, decimal? multiple) =>
        multiple is { } m ? L["{0}倍", m.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)].Value : "—";

    /// <summary>「12.34%」; 「算出できません」 when the IRR is not defined (no sign change in the flows).</summary>
    public static string Rate(this IStringLocalizer L, decimal? rate) =>
        rate is { } r ? L["{0}%", (r * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)].Value : L["算出できません"].Value;
}
