namespace AllJapanTokyo.Web.Areas.Reporting.Transfer;

public sealed record ImportProblem(int Line, string Message);

public sealed record ImportResult(bool Committed, int Lines, int Reports, IReadOnlyList<ImportProblem> Problems);
