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

    public required LocalizedText Title { get; set; }

    public required string ProgrammeJa { get; set; }

    /// <summary>The fiscal year the measure started, where the report gives it.</summary>
    public int? SinceFiscalYear { get; set; }

    /// <summary>Sort key that keeps "2-10" after "2-9".</summary>
    public int SortOrder => (ChapterNumber * 100) + Number;

    /// <summary>The circled number the report uses: ① for 1.</summary>
    public string CircledNumber => Circled(Number);

    /// <summary>① for 1 … ⑳ for 20; larger numbers as digits.</summary>
    public static string Circled(int number) => number is >= 1 and <= 20 ? ((char)('①' + number - 1)).ToString() : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string CodeFor(int chapter, int number) => $"{chapter}-{number}";
}
