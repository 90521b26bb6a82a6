using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Procurement.Ocds;

/// <summary>A query value of the export that cannot be used; the request is refused with 400.</summary>
public enum OcdsQueryProblem
{
    /// <summary><c>page</c> is not a whole number of 1 or more.</summary>
    PageNotAWholeNumber,

    /// <summary><c>pageSize</c> is not a whole number from 1 to <see cref="OcdsService.MaxPageSize"/>.</summary>
    PageSizeOutOfRange,

    /// <summary><c>since</c> is not an ISO 8601 date or date-time.</summary>
    SinceNotIso8601,
}

/// <summary>What a client asked of the export: a page of it, and optionally only tenders published since an instant.</summary>
public sealed record OcdsListQuery(int Page, int PageSize, DateTime? SinceUtc);

/// <summary>Where the package's links point; the controller knows the request, the service does not.</summary>
public sealed record OcdsLinkTargets(string Self, string Portal, string PublicationPolicy, Func<int, string> Page)
{
    /// <summary>The portal's own extension (extension.json), declared in every package.</summary>
    public string? SyntheticExtension { get; init; }
}

/// <summary>A page of the export, or (Package null) a page past the last one.</summary>
public sealed record OcdsPageResult(OcdsReleasePackage? Package, int PageCount);

/// <summary>
/// The open-contracting export of published tenders (OCDS 1.1.5 release packages). Reads with AsNoTracking projections
/// and hands the releases out as an async stream, so a page of 5,000 releases is written while it is read and never
/// held in memory whole.
/// </summary>
public sealed class OcdsService(AppDbContext db, TimeProvider clock, IOptions<OcdsOptions> options)
{
    public const int DefaultPageSize = 1_000;
    public const int MaxPageSize = 5_000;
    public const string OcdsVersion = "1.1";
    public const string PublisherName = "東京都 ALL JAPAN & TOKYO ポータル";

    /// <summary>Creative Commons Attribution 4.0, the licence of the Tokyo Metropolitan Government's open data.</summary>
    public const string License = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>camelCase as OCDS spells it, nulls left out, and Japanese written as characters (not \uXXXX escapes).</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly string[] SinceFormatsJapanTime =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private static readonly string[] SinceFormatsWithOffset =
        ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private readonly OcdsReleaseBuilder _builder = new(options.Value.OcidPrefix);

    public OcdsReleaseBuilder Builder => _builder;

    /// <summary>
    /// Reads ?page=&amp;pageSize=&amp;since= as typed, or says what is wrong with them.
    /// <c>since</c> is an ISO 8601 date (midnight Japan time) or date-time (Japan time unless it carries Z or an offset).
    /// </summary>
    public static (OcdsListQuery? Query, IReadOnlyList<OcdsQueryProblem> Errors) ParseQuery(string? page, string? pageSize, string? since)
    {
        var errors = new List<OcdsQueryProblem>();

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && !(int.TryParse(page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) && pageNumber >= 1))
        {
            errors.Add(OcdsQueryProblem.PageNotAWholeNumber);
        }

        var size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize)
            && !(int.TryParse(pageSize.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxPageSize))
        {
            errors.Add(OcdsQueryProblem.PageSizeOutOfRange);
        }

        DateTime? sinceUtc = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            sinceUtc = ParseSince(since.Trim());
            if (sinceUtc is null)
            {
                errors.Add(OcdsQueryProblem.SinceNotIso8601);
            }
        }

        return errors.Count > 0 ? (null, errors) : (new OcdsListQuery(pageNumber, size, sinceUtc), errors);
    }

    /// <summary>
    /// One page of published tenders, oldest first (by id, so pages stay put as new tenders arrive). Page 1 always
    /// exists: with nothing to publish its releases are empty, which tells a harvester "nothing new" (although the
    /// package schema asks for at least one release); a page past the last is null, answered with 404.
    /// </summary>
    public async Task<OcdsPageResult> PageAsync(OcdsListQuery query, OcdsLinkTargets links, CancellationToken cancellationToken)
    {
        var published = Published();
        if (query.SinceUtc is { } since)
        {
            published = published.Where(t => t.PublishedAtUtc >= since);
        }

        var total = await published.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)((total + (long)query.PageSize - 1) / query.PageSize));
        if (query.Page > pageCount)
        {
            return new OcdsPageResult(null, pageCount);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = Rows(published).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
        var package = Package(links, now, Releases(rows, now, cancellationToken)) with
        {
            Links = pageCount > 1
                ? new OcdsLinks(
                    Next: query.Page < pageCount ? links.Page(query.Page + 1) : null,
                    Prev: query.Page > 1 ? links.Page(query.Page - 1) : null)
                : null,
        };
        return new OcdsPageResult(package, pageCount);
    }

    /// <summary>The package holding the one release of a published tender, or null when no published tender has that reference.</summary>
    public async Task<OcdsReleasePackage?> ReleaseAsync(string reference, OcdsLinkTargets links, CancellationToken cancellationToken)
    {
        var row = await Rows(Published().Where(t => t.Reference == reference)).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return Package(links, now, new[] { _builder.Build(row, now) }.ToAsyncEnumerable());
    }

    public OcdsPolicyViewModel Policy() => new(
        OcidPrefix: _builder.OcidPrefix,
        PrefixIsPlaceholder: _builder.OcidPrefix == OcdsReleaseBuilder.DefaultOcidPrefix,
        License,
        DefaultPageSize,
        MaxPageSize,
        Statuses: ProcurementText.PublicStatuses
            .Select(s => new OcdsStatusMapping(s, OcdsReleaseBuilder.TenderStatusCode(s), OcdsReleaseBuilder.ReleaseTag(s)))
            .ToList());

    /// <summary>
    /// The row of a tender held in memory, as a change in progress left it (not yet saved): its buyer, places,
    /// winning enterprise and bids read from the database, the tender itself as it is now.
    /// </summary>
    public async Task<OcdsTenderRow> RowAsync(Tender tender, CancellationToken cancellationToken)
    {
        var buyer = await db.Organizations.AsNoTracking().Where(o => o.Id == tender.BuyerOrganizationId)
            .Select(o => new
            {
                o.NameJa,
                o.NameEn,
                Prefecture = db.Prefectures.Where(p => p.Code == o.PrefectureCode).Select(p => p.Name.Ja).FirstOrDefault(),
                o.UsesEBidding,
            })
            .SingleAsync(cancellationToken);
        var delivery = await db.Prefectures.AsNoTracking().Where(p => p.Code == tender.DeliveryPrefectureCode).Select(p => p.Name.Ja).SingleAsync(cancellationToken);
        var supplier = tender.AwardedBidId is { } bidId
            ? await (from b in db.Bids.AsNoTracking()
                     join e in db.Enterprises on b.EnterpriseId equals e.Id
                     where b.Id == bidId
                     select new { e.Id, e.NameJa }).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new OcdsTenderRow(tender, buyer.NameJa, buyer.NameEn, buyer.Prefecture, buyer.UsesEBidding, delivery)
        {
            SupplierId = supplier?.Id,
            SupplierNameJa = supplier?.NameJa,
            BidCount = await db.Bids.Where(Bid.IsStanding).CountAsync(b => b.TenderId == tender.Id, cancellationToken),
            HasAnsweredEnquiries = await db.TenderQuestions.AnyAsync(q => q.TenderId == tender.Id && q.AnsweredAtUtc != null, cancellationToken),
        };
    }

    /// <summary>The published tenders, as the export and its history read them.</summary>
    public IQueryable<Tender> Published() => db.Tenders.AsNoTracking().Where(Tender.IsPublic);

    /// <summary>The rows of <paramref name="tenders"/>, by id.</summary>
    public IQueryable<OcdsTenderRow> Rows(IQueryable<Tender> tenders)
    {
        var standing = db.Bids.Where(Bid.IsStanding);
        return from t in tenders
            join o in db.Organizations on t.BuyerOrganizationId equals o.Id
            join d in db.Prefectures on t.DeliveryPrefectureCode equals d.Code
            from bp in db.Prefectures.Where(p => p.Code == o.PrefectureCode).DefaultIfEmpty()
            orderby t.Id
            from w in db.Bids.Where(b => b.Id == t.AwardedBidId).DefaultIfEmpty()
            from we in db.Enterprises.Where(e => w != null && e.Id == w.EnterpriseId).DefaultIfEmpty()
            select new OcdsTenderRow(t, o.NameJa, o.NameEn, bp != null ? bp.Name.Ja : null, o.UsesEBidding, d.Name.Ja)
            {
                SupplierId = we != null ? we.Id : null,
                SupplierNameJa = we != null ? we.NameJa : null,
                BidCount = standing.Count(b => b.TenderId == t.Id),
                HasAnsweredEnquiries = db.TenderQuestions.Any(q => q.TenderId == t.Id && q.AnsweredAtUtc != null),
            };
    }

    /// <summary>The extensions every package declares: the Location extension, and the portal's own for synthetic data.</summary>
    public static IReadOnlyList<string> Extensions(OcdsLinkTargets links) =>
        links.SyntheticExtension is { } own ? [OcdsReleaseBuilder.LocationExtension, own] : [OcdsReleaseBuilder.LocationExtension];

    private static OcdsReleasePackage Package(OcdsLinkTargets links, DateTime nowUtc, IAsyncEnumerable<OcdsRelease> releases) =>
        new()
        {
            Uri = links.Self,
            Version = OcdsVersion,
            Extensions = Extensions(links),
            PublishedDate = OcdsReleaseBuilder.InJapan(nowUtc),
            Publisher = new OcdsPublisher(PublisherName, links.Portal),
            License = License,
            PublicationPolicy = links.PublicationPolicy,
            Releases = releases,
        };

    private async IAsyncEnumerable<OcdsRelease> Releases(
        IQueryable<OcdsTenderRow> rows, DateTime nowUtc, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return _builder.Build(row, nowUtc);
        }
    }

    private static DateTime? ParseSince(string text)
    {
        if (DateTime.TryParseExact(text, SinceFormatsJapanTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var japanTime))
        {
            // The first nine hours of year 1 have no UTC instant; any date that early means "everything".
            return japanTime < DateTime.MinValue.AddHours(9)
                ? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)
                : new DateTimeOffset(japanTime, TimeSpan.FromHours(9)).UtcDateTime;
        }

        return DateTimeOffset.TryParseExact(text, SinceFormatsWithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : null;
    }
}
