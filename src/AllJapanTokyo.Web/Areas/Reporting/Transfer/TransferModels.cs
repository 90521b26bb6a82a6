using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;

namespace AllJapanTokyo.Web.Areas.Reporting.Transfer;

/// <summary>What is wrong with an uploaded file or one of its lines: a code with its data, worded by ReportingText.</summary>
public abstract record ImportIssue
{
    private ImportIssue()
    {
    }

    public sealed record NoFile : ImportIssue;

    public sealed record FileTooLarge(int MaxMegabytes) : ImportIssue;

    public sealed record NotUtf8 : ImportIssue;

    public sealed record Empty : ImportIssue;

    /// <summary>The header line is not the export's columns, in their order.</summary>
    public sealed record WrongHeader(string Columns) : ImportIssue;

    public sealed record TooManyLines(int Max) : ImportIssue;

    /// <summary>The line has another number of fields than the header (an unquoted comma in a comment, a cut line).</summary>
    public sealed record WrongFieldCount(int Fields, int Expected) : ImportIssue;

    public sealed record FiscalYearNotAYear : ImportIssue;

    public sealed record FormatNotOnline : ImportIssue;

    public sealed record UnknownPrefecture(string Code) : ImportIssue;

    /// <summary>Prefecture staff import their own prefecture's values only.</summary>
    public sealed record NotYourPrefecture : ImportIssue;

    /// <summary>Tokyo officials and administrators read every prefecture's values but write none.</summary>
    public sealed record NotPrefectureStaff : ImportIssue;

    public sealed record NotAssigned(int FiscalYear, string Initiative) : ImportIssue;

    /// <summary>The report is submitted or approved.</summary>
    public sealed record NotEditable(ReviewState State) : ImportIssue;

    public sealed record EntryClosed(int FiscalYear) : ImportIssue;

    public sealed record NotOnForm(string Indicator) : ImportIssue;

    public sealed record NoOnlinePart(string Indicator) : ImportIssue;

    /// <summary>The same value (report, indicator, format) is on an earlier line.</summary>
    public sealed record Duplicate : ImportIssue;

    public sealed record QualifierNotACode : ImportIssue;

    public sealed record StatusNotACode : ImportIssue;

    /// <summary>The lines of one report give different statuses.</summary>
    public sealed record StatusesDiffer : ImportIssue;

    /// <summary>A rule of the form, about one column of the line (value, comment) or about the report (no column).</summary>
    public sealed record Rule(ReportingProblem Problem, string? Column = null) : ImportIssue;

    /// <summary>Someone saved one of the reports while the file was checked: nothing was written.</summary>
    public sealed record Conflict : ImportIssue;
}

/// <summary>An issue on a line of the file (1 is the header; 0 is the file itself).</summary>
public sealed record ImportProblem(int Line, ImportIssue Issue);

public sealed record ImportResult(bool Committed, int Lines, int Reports, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportResult Refused(ImportIssue issue, int line = 0, int lines = 0) => new(false, lines, 0, [new ImportProblem(line, issue)]);
}
