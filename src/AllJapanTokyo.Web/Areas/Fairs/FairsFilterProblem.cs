namespace AllJapanTokyo.Web.Areas.Fairs;

/// <summary>
/// Why a value of the /fairs filter was set aside (the page still answers, unfiltered on that value). Each carries the
/// value as given, shortened, so the reader sees what was not understood.
/// </summary>
public abstract record FairsFilterProblem(string Given)
{
    /// <summary>?fy= is not a fiscal year written as its starting year (2020).</summary>
    public sealed record NotAFiscalYear(string Given) : FairsFilterProblem(Given);

    /// <summary>?initiative= is not one of the measures the Fairs area owns.</summary>
    public sealed record NotAFairsMeasure(string Given) : FairsFilterProblem(Given);
}
