namespace AllJapanTokyo.Domain.Crafts;

/// <summary>A product made by a Tokyo traditional craft together with a craft of another prefecture.</summary>
public class CraftCollaboration
{
    public int Id { get; set; }

    public required string ProductJa { get; set; }

    public required string TokyoCraftJa { get; set; }

    public required string PartnerCraftJa { get; set; }

    public required string PartnerPrefectureCode { get; set; }

    public required string ProgrammeJa { get; set; }

    public bool IsSynthetic { get; set; }
}
