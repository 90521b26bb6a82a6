using System.Text.Json.Serialization;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

// The OCDS 1.1.5 shapes the tender export writes, named as the standard names them (camelCase on the wire, nulls
// omitted; see OcdsJson). Only the fields the portal really knows are here: a field we cannot fill is left out,
// never filled with a guess. Translations follow OCDS's language-suffix convention ("name_en").

/// <summary>A release package: publishing metadata and one page of releases, streamed as they are read.</summary>
public sealed record OcdsReleasePackage
{
    public required string Uri { get; init; }

    /// <summary>The OCDS major.minor version: "1.1".</summary>
    public required string Version { get; init; }

    public IReadOnlyList<string>? Extensions { get; init; }

    public required DateTimeOffset PublishedDate { get; init; }

    public required OcdsPublisher Publisher { get; init; }

    public string? License { get; init; }

    public string? PublicationPolicy { get; init; }

    /// <summary>Paging, as the OCDS API guidance and OCDS 1.2 packages put it: the next (and previous) page.</summary>
    public OcdsLinks? Links { get; init; }

    public required IAsyncEnumerable<OcdsRelease> Releases { get; init; }
}

public sealed record OcdsPublisher(string Name, string? Uri = null);

public sealed record OcdsLinks(string? Next, string? Prev);

/// <summary>One release: what was known about one tender (one contracting process) when the release was made.</summary>
public sealed record OcdsRelease
{
    public required string Ocid { get; init; }

    public required string Id { get; init; }

    public required DateTimeOffset Date { get; init; }

    public required IReadOnlyList<string> Tag { get; init; }

    public string InitiationType { get; init; } = "tender";

    public string Language { get; init; } = "ja";

    public required IReadOnlyList<OcdsOrganization> Parties { get; init; }

    public required OcdsOrganizationReference Buyer { get; init; }

    public required OcdsTender Tender { get; init; }

    /// <summary>The award, once the buyer has chosen a bid (tag "award").</summary>
    public IReadOnlyList<OcdsAward>? Awards { get; init; }

    /// <summary>The contract, once the buyer has recorded it (tag "contract").</summary>
    public IReadOnlyList<OcdsContract>? Contracts { get; init; }

    /// <summary>
    /// True for generated load-test or demonstration tenders, which are never programme facts (the 「架空データ」 badge of
    /// the portal's lists); absent for real tenders. Declared by the portal's own OCDS extension (extension.json and a
    /// release-schema.json patch, <see cref="Ocds.OcdsExtension"/>), named in every package's extensions.
    /// </summary>
    [JsonPropertyName("x_synthetic")]
    public bool? Synthetic { get; init; }
}

public sealed record OcdsOrganizationReference(string Id, string Name);

public sealed record OcdsOrganization
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    [JsonPropertyName("name_en")]
    public string? NameEn { get; init; }

    public OcdsAddress? Address { get; init; }

    public OcdsContactPoint? ContactPoint { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }
}

public sealed record OcdsAddress
{
    public string? Region { get; init; }

    public string? CountryName { get; init; }

    [JsonPropertyName("countryName_en")]
    public string? CountryNameEn { get; init; }
}

/// <summary>Who to ask, each part in its own field: the name (a person or a desk), the telephone number, the e-mail address.</summary>
public sealed record OcdsContactPoint(string? Name, string? Telephone = null, string? Email = null);

public sealed record OcdsTender
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Status { get; init; }

    public OcdsOrganizationReference? ProcuringEntity { get; init; }

    public IReadOnlyList<OcdsItem>? Items { get; init; }

    public OcdsValue? Value { get; init; }

    public required string ProcurementMethod { get; init; }

    public string? ProcurementMethodDetails { get; init; }

    public required string MainProcurementCategory { get; init; }

    public IReadOnlyList<string>? SubmissionMethod { get; init; }

    public string? SubmissionMethodDetails { get; init; }

    public OcdsPeriod? TenderPeriod { get; init; }

    public OcdsPeriod? EnquiryPeriod { get; init; }

    public string? EligibilityCriteria { get; init; }

    [JsonPropertyName("eligibilityCriteria_en")]
    public string? EligibilityCriteriaEn { get; init; }

    public OcdsPeriod? AwardPeriod { get; init; }

    /// <summary>Active bids, published only once the tender period is over (bids are sealed until then).</summary>
    public int? NumberOfTenderers { get; init; }

    /// <summary>True once the buyer has answered a question in public (the answers are on the tender's page).</summary>
    public bool? HasEnquiries { get; init; }
}

public sealed record OcdsAward
{
    public required string Id { get; init; }

    public required string Status { get; init; }

    public DateTimeOffset? Date { get; init; }

    public OcdsValue? Value { get; init; }

    public required IReadOnlyList<OcdsOrganizationReference> Suppliers { get; init; }
}

public sealed record OcdsContract
{
    public required string Id { get; init; }

    [JsonPropertyName("awardID")]
    public required string AwardId { get; init; }

    public required string Status { get; init; }

    public OcdsValue? Value { get; init; }

    public DateTimeOffset? DateSigned { get; init; }
}

/// <summary>What is bought; <see cref="DeliveryAddress"/> comes from the OCDS Location extension.</summary>
public sealed record OcdsItem
{
    public required string Id { get; init; }

    public string? Description { get; init; }

    public OcdsAddress? DeliveryAddress { get; init; }
}

public sealed record OcdsValue(long Amount, string Currency);

public sealed record OcdsPeriod
{
    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? EndDate { get; init; }
}

/// <summary>The body of a 400 or 404 answer from the export: Japanese first, then English.</summary>
public sealed record OcdsError(int Status, IReadOnlyList<string> Errors);
