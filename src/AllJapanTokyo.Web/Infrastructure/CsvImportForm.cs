namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>
/// What the shared CSV import form (Views/Shared/_CsvImport) shows: the columns, the pasted text kept after a check or
/// a refusal, and the result of the last check or commit. Each area's page words its own problems before handing them over.
/// </summary>
public sealed record CsvImportForm(string Action, IReadOnlyList<string> Columns, string? Text, CsvImportOutcome? Outcome);

/// <summary>
/// A checked or committed import: a wrong header (or too many lines), the refused lines with their worded problems, or
/// how many rows it adds (<paramref name="Added"/> null for an import that only updates) and updates.
/// </summary>
public sealed record CsvImportOutcome(bool WrongHeader, int MaxLines, IReadOnlyList<CsvRefusedLine> Refused, bool Committed, int? Added, int Updated);

/// <summary>A refused line, numbered as in the file (the header is line 1), with its problems in the page's language.</summary>
public sealed record CsvRefusedLine(int Line, IReadOnlyList<string> Problems);
