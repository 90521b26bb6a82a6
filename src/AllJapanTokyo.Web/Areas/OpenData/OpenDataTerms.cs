using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>Terms of use the portal's open data may be offered under.</summary>
public enum OpenDataTermsOfUse
{
    /// <summary>政府標準利用規約（第2.0版）, compatible with CC BY 4.0.</summary>
    GovernmentStandard20,

    /// <summary>公共データ利用規約（第1.0版） (PDL1.0, 2024), the successor of the government standard terms.</summary>
    PublicDataLicense10,
}

/// <summary>
/// The terms of use of the open data, in one place (docs/decisions/0008-open-data-terms-of-use.md): the API's
/// description and the /api page read them from here, so Tokyo's decision to switch is one line.
/// </summary>
public static class OpenDataTerms
{
    /// <summary>The terms the data is offered under now.</summary>
    public const OpenDataTermsOfUse Current = OpenDataTermsOfUse.GovernmentStandard20;

    /// <summary>The Digital Agency's open-data page, which presents the terms: the only address of them the project has checked.</summary>
    public const string Url = "https://www.digital.go.jp/resources/open_data";

    /// <summary>The terms' name; in English it carries the Japanese name too, so either can be looked up.</summary>
    public static LocalizedString Of(this IStringLocalizer L, OpenDataTermsOfUse terms) => terms switch
    {
        OpenDataTermsOfUse.GovernmentStandard20 => L["政府標準利用規約（第2.0版）"],
        OpenDataTermsOfUse.PublicDataLicense10 => L["公共データ利用規約（第1.0版）"],
        _ => throw new ArgumentOutOfRangeException(nameof(terms), terms, null),
    };
}
