using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Initiatives;

/// <summary>One of the six pillars (章) of the project.</summary>
public class Chapter
{
    public int Number { get; set; }

    public required LocalizedText Title { get; set; }

    public List<Initiative> Initiatives { get; set; } = [];
}
