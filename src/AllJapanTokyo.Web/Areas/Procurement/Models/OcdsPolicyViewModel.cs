using AllJapanTokyo.Domain.Procurement;

namespace AllJapanTokyo.Web.Areas.Procurement.Models;

/// <summary>What the publication policy page states, taken from the export's own constants so the two never disagree.</summary>
public sealed record OcdsPolicyViewModel(
    string OcidPrefix,
    bool PrefixIsPlaceholder,
    string License,
    int DefaultPageSize,
    int MaxPageSize,
    IReadOnlyList<OcdsStatusMapping> Statuses);

/// <summary>How one tender status is published: its OCDS tender.status and release tag.</summary>
public sealed record OcdsStatusMapping(TenderStatus Status, string OcdsStatus, string Tag);
