namespace AllJapanTokyo.Domain.Organizations;

public enum OrganizationKind
{
    /// <summary>公益財団法人 and similar public-interest foundations.</summary>
    PublicInterestFoundation,

    /// <summary>株式会社.</summary>
    Company,

    PrefecturalGovernment,

    Municipality,

    Association,

    University,

    Other,
}

/// <summary>A body that orders, hosts or partners: buyers, prefectural governments, cities, associations.</summary>
public class Organization
{
    public int Id { get; set; }

    public required string NameJa { get; set; }

    public string? NameEn { get; set; }

    public OrganizationKind Kind { get; set; }

    /// <summary>Posts orders on the tender portal.</summary>
    public bool IsBuyer { get; set; }

    /// <summary>Uses the portal for e-bidding (電子入札).</summary>
    public bool UsesEBidding { get; set; }

    public string? PrefectureCode { get; set; }

    public string? NoteJa { get; set; }

    public const int MaxTenderPrefixLength = 8;

    /// <summary>
    /// The letters a buyer's tender numbers start with (「BS」 for 「BS-2026-0007」); without one, the numbers start with
    /// 「B」 and the organisation's id, so that two buyers never share a sequence.
    /// </summary>
    public string? TenderPrefix { get; set; }

    /// <summary>The prefix of this buyer's tender numbers.</summary>
    public static string TenderPrefixOf(int organizationId, string? tenderPrefix) =>
        string.IsNullOrWhiteSpace(tenderPrefix) ? $"B{organizationId}" : tenderPrefix.Trim();

    /// <summary>Generated for load tests or demonstration; never shown as a programme fact.</summary>
    public bool IsSynthetic { get; set; }

    /// <summary>「株式会社」 and its kin, from the Japanese kind column of the seed tables.</summary>
    public static OrganizationKind KindFromJapanese(string? kindJa) => kindJa?.Trim() switch
    {
        "公益財団法人" or "一般財団法人" or "公益社団法人" or "一般社団法人" => OrganizationKind.PublicInterestFoundation,
        "株式会社" or "有限会社" or "合同会社" => OrganizationKind.Company,
        "都道府県" => OrganizationKind.PrefecturalGovernment,
        "市区町村" => OrganizationKind.Municipality,
        "大学" => OrganizationKind.University,
        "団体" or "協会" or "組合" => OrganizationKind.Association,
        _ => OrganizationKind.Other,
    };
}
