namespace AllJapanTokyo.Domain.Initiatives;

/// <summary>One of the six pillars (章) of the project.</summary>
public class Chapter
{
    public int Number { get; set; }

    public required string TitleJa { get; set; }

    public required string TitleEn { get; set; }

    public List<Initiative> Initiatives { get; set; } = [];
}
