using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Web.Areas.Procurement.Models;

namespace AllJapanTokyo.Web.Areas.Procurement.Ocds;

/// <summary>One published tender as the export reads it: the tender and what the release needs of its buyer and place.</summary>
public sealed record OcdsTenderRow(
    Tender Tender,
    string BuyerNameJa,
    string? BuyerNameEn,
    string? BuyerPrefectureJa,
    bool BuyerUsesEBidding,
    string DeliveryPrefectureJa)
{
    /// <summary>The enterprise of the awarded bid, when the tender was awarded on the portal.</summary>
    public int? SupplierId { get; init; }

    public string? SupplierNameJa { get; init; }

    /// <summary>Active bids on the tender (published only after the deadline).</summary>
    public int BidCount { get; init; }

    /// <summary>Whether the buyer has answered a question in public.</summary>
    public bool HasAnsweredEnquiries { get; init; }
}

/// <summary>
/// Maps a tender to an OCDS 1.1.5 release. Pure: no database, no clock of its own (the caller passes "now"), so the
/// mapping rules (status, tag, release date and id) are written once and can be read here.
/// </summary>
public sealed partial class OcdsReleaseBuilder(string ocidPrefix)
{
    /// <summary>
    /// A placeholder of the registered form. OCDS identifiers (ocid) must start with a prefix registered with the Open
    /// Contracting Partnership ("ocds-" and six characters, https://standard.open-contracting.org/latest/en/schema/identifiers/);
    /// register one before publishing in production and set it as <c>Procurement:Ocds:OcidPrefix</c>.
    /// </summary>
    public const string DefaultOcidPrefix = "ocds-ajtkyo";

    public const string Currency = "JPY";

    /// <summary>The OCDS Location extension, for <c>items[].deliveryAddress</c>.</summary>
    public const string LocationExtension = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/v1.1.4/extension.json";

    private const string CountryJa = "日本";
    private const string CountryEn = "Japan";

    /// <summary>Japan Standard Time; Japan keeps no daylight saving time, so the offset is fixed.</summary>
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public string OcidPrefix { get; } = ocidPrefix;

    public string Ocid(string reference) => $"{OcidPrefix}-{reference}";

    /// <summary>The release for a published tender, as it stands at <paramref name="nowUtc"/>.</summary>
    public OcdsRelease Build(OcdsTenderRow row, DateTime nowUtc) => Build(row, nowUtc, row.Tender.StatusAt(nowUtc), withContract: true);

    /// <summary>
    /// The release of a tender as it stood at an earlier step of its history (<paramref name="status"/> at
    /// <paramref name="atUtc"/>), for a history written after the fact: what came later (the award, the contract) is
    /// left out. The terms are the tender's present ones, the only ones the portal kept.
    /// </summary>
    public OcdsRelease Build(OcdsTenderRow row, DateTime atUtc, TenderStatus status, bool withContract)
    {
        var tender = row.Tender;
        var nowUtc = atUtc;
        var tag = ReleaseTag(status);
        var dateUtc = ReleaseDateUtc(tender, status, nowUtc);
        var buyer = new OcdsOrganizationReference(PartyId(tender.BuyerOrganizationId), row.BuyerNameJa);
        var supplier = row.SupplierId is { } supplierId && tender.AwardedBidId is not null && status is TenderStatus.Awarded or TenderStatus.Complete or TenderStatus.Cancelled
            && (status != TenderStatus.Cancelled || tender.AwardedAtUtc <= tender.CancelledAtUtc)
            ? new OcdsOrganizationReference(SupplierPartyId(supplierId), row.SupplierNameJa ?? "")
            : null;
        var awardId = $"{tender.Reference}-award-1";
        IReadOnlyList<OcdsAward>? awards = supplier is null ? null :
        [
            new OcdsAward
            {
                Id = awardId,
                // An award whose tender was cancelled before the contract no longer stands.
                Status = status == TenderStatus.Cancelled ? "cancelled" : "active",
                Date = tender.AwardedAtUtc is { } awardedAt ? InJapan(awardedAt) : null,
                Value = tender.AwardedAmountYen is { } awardedAmount ? new OcdsValue(awardedAmount, Currency) : null,
                Suppliers = [supplier],
            },
        ];
        IReadOnlyList<OcdsContract>? contracts = supplier is null || tender.ContractAmountYen is null || !withContract ? null :
        [
            new OcdsContract
            {
                Id = $"{tender.Reference}-contract-1",
                AwardId = awardId,
                Status = status == TenderStatus.Complete ? "terminated" : "active",
                Value = new OcdsValue(tender.ContractAmountYen.Value, Currency),
                DateSigned = tender.ContractSignedOn is { } signedOn ? new DateTimeOffset(signedOn.ToDateTime(TimeOnly.MinValue), JapanOffset) : null,
            },
        ];
        // An awarded tender's release carries the award (and the contract once recorded) as its news.
        string[] tags = awards is null ? [tag] : contracts is null ? ["award"] : ["award", "contract"];

        return new OcdsRelease
        {
            Ocid = Ocid(tender.Reference),
            // Unique within the ocid: one release per kind of news, and a new one whenever the tender is saved again.
            Id = $"{tender.Reference}-{tags[^1]}-{dateUtc:yyyyMMdd'T'HHmmss'Z'}-{tender.Version.ToString("N")[..8]}",
            Date = InJapan(dateUtc),
            Tag = tags,
            Parties =
            [
                new OcdsOrganization
                {
                    Id = buyer.Id,
                    Name = row.BuyerNameJa,
                    NameEn = string.IsNullOrWhiteSpace(row.BuyerNameEn) ? null : row.BuyerNameEn,
                    Address = new OcdsAddress { Region = row.BuyerPrefectureJa, CountryName = CountryJa, CountryNameEn = CountryEn },
                    ContactPoint = ContactPoint(tender.ContactJa),
                    // Buyers post and run their own tenders on the portal.
                    Roles = ["buyer", "procuringEntity"],
                },
                .. supplier is null ? Array.Empty<OcdsOrganization>() : [new OcdsOrganization { Id = supplier.Id, Name = supplier.Name, Address = new OcdsAddress { CountryName = CountryJa, CountryNameEn = CountryEn }, Roles = ["supplier", "tenderer"] }],
            ],
            Buyer = buyer,
            Tender = new OcdsTender
            {
                Id = tender.Reference,
                Title = tender.Title,
                Description = tender.Description,
                Status = TenderStatusCode(status),
                ProcuringEntity = buyer,
                Items =
                [
                    new OcdsItem
                    {
                        Id = "1",
                        Description = tender.Title,
                        DeliveryAddress = new OcdsAddress { Region = row.DeliveryPrefectureJa, CountryName = CountryJa, CountryNameEn = CountryEn },
                    },
                ],
                Value = tender.BudgetYen is { } budget ? new OcdsValue(budget, Currency) : null,
                ProcurementMethod = MethodCode(tender.Method),
                ProcurementMethodDetails = MethodJapanese(tender.Method),
                MainProcurementCategory = CategoryCode(tender.Category),
                SubmissionMethod = row.BuyerUsesEBidding ? ["electronicSubmission"] : null,
                SubmissionMethodDetails = row.BuyerUsesEBidding ? "電子入札" : null,
                EnquiryPeriod = new OcdsPeriod
                {
                    StartDate = tender.PublishedAtUtc is { } published ? InJapan(published) : null,
                    EndDate = InJapan(tender.EnquiryEndUtc),
                },
                TenderPeriod = new OcdsPeriod { StartDate = InJapan(tender.TenderStartUtc), EndDate = InJapan(tender.TenderEndUtc) },
                // Evaluation starts when bids close; the award decision's own date is not recorded by the portal.
                AwardPeriod = status is TenderStatus.Evaluation or TenderStatus.Awarded or TenderStatus.Complete or TenderStatus.Unsuccessful
                    ? new OcdsPeriod { StartDate = InJapan(tender.TenderEndUtc) }
                    : null,
                EligibilityCriteria = tender.Nationwide
                    ? "全国の事業者が参加できます。"
                    : "参加できる事業者の所在地に制限があります。詳しくは発注者にお問い合わせください。",
                EligibilityCriteriaEn = tender.Nationwide
                    ? "Open to enterprises in every prefecture."
                    : "Participation is limited by where the enterprise is located; ask the buyer for details.",
                // Sealed bids: how many there were is news only once the tender period is over.
                NumberOfTenderers = status is TenderStatus.Published or TenderStatus.Tendering || (status == TenderStatus.Cancelled && tender.TenderEndUtc > nowUtc)
                    ? null
                    : row.BidCount,
                HasEnquiries = row.HasAnsweredEnquiries ? true : null,
            },
            Awards = awards,
            Contracts = contracts,
            Synthetic = tender.IsSynthetic ? true : null,
        };
    }

    /// <summary>Whether <paramref name="prefix"/> has the registered form: "ocds-" and six lower-case letters or digits.</summary>
    public static bool IsValidOcidPrefix(string? prefix) => prefix is not null && OcidPrefixPattern().IsMatch(prefix);

    /// <summary>
    /// The buyer's contact as OCDS wants it: the telephone number and e-mail address found in the text go to their own
    /// fields, and the rest (the desk's name) to the name. Null when nothing is written.
    /// </summary>
    public static OcdsContactPoint? ContactPoint(string? contactJa)
    {
        if (string.IsNullOrWhiteSpace(contactJa))
        {
            return null;
        }

        var telephone = TelephonePattern().Match(contactJa);
        var email = EmailPattern().Match(contactJa);
        var name = contactJa;
        foreach (var found in new[] { telephone, email }.Where(m => m.Success))
        {
            name = name.Replace(found.Value, " ", StringComparison.Ordinal);
        }

        name = string.Join(' ', name.Split([' ', '\u3000', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '、', ',', '：', ':', '/');
        return new OcdsContactPoint(
            string.IsNullOrWhiteSpace(name) ? null : name,
            telephone.Success ? telephone.Value : null,
            email.Success ? email.Value : null);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^ocds-[a-z0-9]{6}$")]
    private static partial System.Text.RegularExpressions.Regex OcidPrefixPattern();

    // Japanese numbers as written: 03-1234-5678, 0120-123-456, 090-1234-5678, (03)1234-5678, +81-3-1234-5678.
    [System.Text.RegularExpressions.GeneratedRegex(@"(\+81[-\s]?\d{1,4}|\(0\d{1,4}\)|0\d{1,4})[-\s]?\d{1,4}-\d{3,4}")]
    private static partial System.Text.RegularExpressions.Regex TelephonePattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial System.Text.RegularExpressions.Regex EmailPattern();

    public static string PartyId(int organizationId) => $"org-{organizationId}";

    public static string SupplierPartyId(int enterpriseId) => $"ent-{enterpriseId}";

    /// <summary>
    /// tender.status from the closed OCDS tenderStatus codelist. Published, Tendering and Evaluation are all "active":
    /// the process is under way; the clock-driven step (see <see cref="Tender.ClockRule"/>) shows in the periods.
    /// </summary>
    public static string TenderStatusCode(TenderStatus status) => status switch
    {
        TenderStatus.Published or TenderStatus.Tendering or TenderStatus.Evaluation => "active",
        TenderStatus.Awarded or TenderStatus.Complete => "complete",
        TenderStatus.Cancelled => "cancelled",
        TenderStatus.Unsuccessful => "unsuccessful",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A draft tender is never published."),
    };

    /// <summary>
    /// The release tag: "tender" while the process runs, "tenderCancellation" when cancelled, and "tenderUpdate" once it
    /// has ended. A tender awarded on the portal (its winning bid known) is tagged "award" (and "contract" once the
    /// contract is recorded) by <see cref="Build"/>, with its awards and contracts sections; an ended tender without a
    /// recorded award (the volume data) stays "tenderUpdate", since an award release without an award would promise too much.
    /// </summary>
    public static string ReleaseTag(TenderStatus status) => status switch
    {
        TenderStatus.Published or TenderStatus.Tendering or TenderStatus.Evaluation => "tender",
        TenderStatus.Cancelled => "tenderCancellation",
        TenderStatus.Awarded or TenderStatus.Complete or TenderStatus.Unsuccessful => "tenderUpdate",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A draft tender is never published."),
    };

    /// <summary>
    /// When the release's news was first recorded: the moment the portal recorded the cancellation, award, unsuccessful
    /// close or completion (a contract recorded later keeps the award's date: the portal keeps its signing day, not when
    /// it was entered). Tenders without those moments (the synthetic volume, loaded in their final state) fall back to the
    /// earliest moment they could have ended (the close of bids), and a cancellation to the publication. Stable from one
    /// request to the next, so release ids are too.
    /// </summary>
    public static DateTime ReleaseDateUtc(Tender tender, TenderStatus status, DateTime nowUtc)
    {
        var recorded = status switch
        {
            TenderStatus.Cancelled => tender.CancelledAtUtc,
            TenderStatus.Awarded => tender.AwardedAtUtc,
            TenderStatus.Unsuccessful => tender.UnsuccessfulAtUtc,
            TenderStatus.Complete => tender.CompletedAtUtc,
            _ => null,
        };
        if (recorded is { } at)
        {
            return WholeSeconds(at);
        }

        var published = tender.PublishedAtUtc ?? tender.TenderStartUtc;
        var ended = status is TenderStatus.Awarded or TenderStatus.Complete or TenderStatus.Unsuccessful
            && tender.TenderEndUtc <= nowUtc && tender.TenderEndUtc > published;
        return WholeSeconds(ended ? tender.TenderEndUtc : published);
    }

    public static string MethodCode(ProcurementMethod method) => method switch
    {
        ProcurementMethod.Open => "open",
        ProcurementMethod.Selective => "selective",
        ProcurementMethod.Limited => "limited",
        ProcurementMethod.Direct => "direct",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The Japanese name of the method, as buyers call it.</summary>
    public static string MethodJapanese(ProcurementMethod method) => method switch
    {
        ProcurementMethod.Open => "一般競争入札",
        ProcurementMethod.Selective => "指名競争入札",
        ProcurementMethod.Limited => "随意契約（見積合わせ）",
        ProcurementMethod.Direct => "特命随意契約",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static string CategoryCode(TenderCategory category) => category switch
    {
        TenderCategory.Goods => "goods",
        TenderCategory.Services => "services",
        TenderCategory.Works => "works",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>A stored UTC instant as Japan time with its +09:00 offset, to the second.</summary>
    public static DateTimeOffset InJapan(DateTime utc) =>
        new DateTimeOffset(WholeSeconds(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToOffset(JapanOffset);

    private static DateTime WholeSeconds(DateTime value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), value.Kind);
}
