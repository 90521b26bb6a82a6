using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Initiatives;

/// <summary>One of the 26 measures (施策), coded "chapter-number" as in the progress report ("2-3").</summary>
public class Initiative
{
    public required string Code { get; init; }

    public int ChapterNumber { get; set; }

    public Chapter? Chapter { get; set; }

    /// <summary>Position within its chapter (the ① ② … of the report).</summary>
    public int Number { get; set; }

    public PortalArea Area { get; set; }

    public required string TitleJa { get; set; }

    public required string TitleEn { get; set; }

    public required string ProgrammeJa { get; set; }

    /// <summary>The fiscal year the measure started, where the report gives it.</summary>
    public int? SinceFiscalYear { get; set; }

    /// <summary>Sort key that keeps "2-10" after "2-9".</summary>
    public int SortOrder => (ChapterNumber * 100) + Number;

    /// <summary>The circled number the report uses: ① for 1.</summary>
    public string CircledNumber => Number is >= 1 and <= 20 ? ((char)('①' + Number - 1)).ToString() : Number.ToString();

    public static string CodeFor(int chapter, int number) => $"{chapter}-{number}";
}
