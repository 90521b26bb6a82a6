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

    /// <summary>The Tokyo craft in the register, where the name is one of its crafts.</summary>
    public int? TokyoCraftId { get; set; }

    /// <summary>The partner prefecture's craft in the register, where the name is one of its crafts.</summary>
    public int? PartnerCraftId { get; set; }

    /// <summary>The development team that made the product; null for the products the progress report names.</summary>
    public int? TeamId { get; set; }

    /// <summary>Shops or sites selling the product, as Tokyo writes them.</summary>
    public string WhereToBuyJa { get; set; } = "";

    /// <summary>Whether the public pages show it: the report's products are; a team's product once Tokyo publishes it.</summary>
    public bool IsPublished { get; set; }
}

/// <summary>A photo of a collaboration product, shown on its public page (≤ 5 MB, checked by content).</summary>
public class CraftCollaborationImage
{
    public int Id { get; set; }

    public int CollaborationId { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public string? Caption { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
