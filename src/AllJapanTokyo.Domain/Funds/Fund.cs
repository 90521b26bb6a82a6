using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Funds;

/// <summary>The SME Collaboration Promotion Fund (中小企業連携促進ファンド).</summary>
public class Fund
{
    public int Id { get; set; }

    public required string NameJa { get; set; }

    public PartialDate? OperatorSelected { get; set; }

    public PartialDate? Established { get; set; }

    public string? InvestorsJa { get; set; }

    /// <summary>出資→投資・経営支援→回収→分配.</summary>
    public string? FlowsJa { get; set; }

    public string? NoteJa { get; set; }

    public List<FundInvestment> Investments { get; set; } = [];
}

/// <summary>A company the fund has invested in.</summary>
public class FundInvestment
{
    public int Id { get; set; }

    public int FundId { get; set; }

    public Fund? Fund { get; set; }

    public required string CompanyNameJa { get; set; }

    public required string PrefectureCode { get; set; }

    public string? NoteJa { get; set; }

    public bool IsSynthetic { get; set; }
}
