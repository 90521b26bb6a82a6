using System.Text.Json;
using AllJapanTokyo.Domain.OpenData;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.Ocds;

/// <summary>What happened to a tender that OCDS tells as a release of its own.</summary>
public enum OcdsEvent
{
    Published,
    Amended,
    EnquiryAnswered,
    Unsuccessful,
    Cancelled,
    Awarded,
    ContractRecorded,
    Completed,

    /// <summary>A tender loaded in its final state without the moment it ended (the volume data): told at the close of bids.</summary>
    Ended,
}

/// <summary>
/// The history of every published tender as OCDS releases, one per event, stored in the unit of work of the change
/// that made the event (<see cref="RecordAsync"/>), so the history and the tender commit together and a release, once
/// written, never changes. A tender that has no history yet (published before the history was kept, or loaded by a
/// seeder) is given one from its recorded moments when it first changes, or by <see cref="BackfillAsync"/> at start-up.
/// </summary>
public sealed class OcdsHistory(AppDbContext db, OcdsService ocds, TimeProvider clock)
{
    /// <summary>How a stored release begins: its ocid left empty, filled in with the configured prefix when served.</summary>
    private const string EmptyOcidStart = "{\"ocid\":\"\"";

    /// <summary>The release tags of an event (OCDS releaseTag codelist).</summary>
    public static IReadOnlyList<string> Tags(OcdsEvent @event, TenderStatus finalStatus = TenderStatus.Published) => @event switch
    {
        OcdsEvent.Published => ["tender"],
        OcdsEvent.Amended => ["tenderAmendment"],
        OcdsEvent.EnquiryAnswered or OcdsEvent.Unsuccessful => ["tenderUpdate"],
        OcdsEvent.Cancelled => ["tenderCancellation"],
        OcdsEvent.Awarded => ["award"],
        OcdsEvent.ContractRecorded => ["contract"],
        OcdsEvent.Completed => ["contractTermination"],
        OcdsEvent.Ended => [OcdsReleaseBuilder.ReleaseTag(finalStatus)],
        _ => throw new ArgumentOutOfRangeException(nameof(@event)),
    };

    /// <summary>
    /// Adds the release of <paramref name="event"/> to the caller's unit of work (saved with the tender's change). The
    /// tender is the tracked one, already changed; a tender without history first gets the releases of its earlier events.
    /// </summary>
    public async Task RecordAsync(Tender tender, OcdsEvent @event, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await ocds.RowAsync(tender, cancellationToken);
        if (@event == OcdsEvent.EnquiryAnswered)
        {
            // The answer is being saved with this release; the database does not hold it yet.
            row = row with { HasAnsweredEnquiries = true };
        }

        var stored = await db.OcdsStoredReleases.CountAsync(r => r.TenderId == tender.Id, cancellationToken)
            + db.ChangeTracker.Entries<OcdsStoredRelease>().Count(e => e.State == EntityState.Added && e.Entity.TenderId == tender.Id);
        if (stored == 0)
        {
            var events = Events(tender, await AmendedAtAsync([tender.Id], cancellationToken), await AnsweredAtAsync([tender.Id], cancellationToken), now);
            if (@event is OcdsEvent.Amended or OcdsEvent.EnquiryAnswered)
            {
                events.Add((@event, now));
            }

            db.OcdsStoredReleases.AddRange(History(row, events, now));
            return;
        }

        db.OcdsStoredReleases.Add(Stored(row, stored + 1, @event, now, ocds.Builder.Build(row, now)));
    }

    /// <summary>
    /// Gives every published tender without a history one, from its recorded moments, in batches. Run at start-up after
    /// the seeders, so existing tenders and the demonstration and volume data have their releases.
    /// </summary>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken, int batchSize = 500)
    {
        var written = 0;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var rows = await ocds.Rows(ocds.Published().Where(t => !db.OcdsStoredReleases.Any(r => r.TenderId == t.Id)))
                .Take(batchSize).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return written;
            }

            var ids = rows.Select(r => r.Tender.Id).ToList();
            var amended = await AmendedAtAsync(ids, cancellationToken);
            var answered = await AnsweredAtAsync(ids, cancellationToken);
            foreach (var row in rows)
            {
                var releases = History(row, Events(row.Tender, amended, answered, now), now);
                db.OcdsStoredReleases.AddRange(releases);
                written += releases.Count;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The releases of a published tender as JSON, oldest first: the stored history, or (for a tender that has none
    /// yet) the history its recorded moments tell. Null when no published tender has that ocid.
    /// </summary>
    public async Task<(Tender Tender, IReadOnlyList<string> Releases)?> ReleasesAsync(string ocid, CancellationToken cancellationToken)
    {
        var prefix = ocds.Builder.OcidPrefix + "-";
        if (!ocid.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var reference = ocid[prefix.Length..];
        var row = await ocds.Rows(ocds.Published().Where(t => t.Reference == reference)).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var stored = await db.OcdsStoredReleases.AsNoTracking().Where(r => r.TenderId == row.Tender.Id)
            .OrderBy(r => r.Sequence).Select(r => r.Json).ToListAsync(cancellationToken);
        if (stored.Count == 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var events = Events(row.Tender, await AmendedAtAsync([row.Tender.Id], cancellationToken), await AnsweredAtAsync([row.Tender.Id], cancellationToken), now);
            stored = History(row, events, now).Select(r => r.Json).ToList();
        }

        return (row.Tender, stored.Select(json => WithOcid(json, ocid)).ToList());
    }

    /// <summary>Every stored release, oldest tender first, each as one line of JSON with its ocid.</summary>
    public async IAsyncEnumerable<string> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = ocds.Builder.OcidPrefix + "-";
        var lines = from r in db.OcdsStoredReleases.AsNoTracking()
            join t in db.Tenders on r.TenderId equals t.Id
            orderby r.TenderId, r.Sequence
            select new { t.Reference, r.Json };
        await foreach (var line in lines.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return WithOcid(line.Json, prefix + line.Reference);
        }
    }

    /// <summary>What the bulk download's ETag is made of: the tenders' version and the last stored release.</summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        var tenders = await db.TendersVersionAsync(cancellationToken);
        var last = await db.OcdsStoredReleases.AsNoTracking().MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
        return $"{ocds.Builder.OcidPrefix}-{tenders:x}-{last:x}";
    }

    /// <summary>
    /// The events a tender's recorded moments tell, in order: its publication, each amendment and answer, and how it
    /// ended (cancelled, unsuccessful, awarded, contract, completed), or, for a tender loaded in its final state, the end.
    /// </summary>
    public static List<(OcdsEvent Event, DateTime AtUtc)> Events(
        Tender tender, ILookup<int, DateTime> amendedAt, ILookup<int, DateTime> answeredAt, DateTime nowUtc)
    {
        var published = tender.PublishedAtUtc ?? tender.TenderStartUtc;
        var events = new List<(OcdsEvent Event, DateTime AtUtc)> { (OcdsEvent.Published, published) };
        events.AddRange(amendedAt[tender.Id].Select(at => (OcdsEvent.Amended, at)));
        events.AddRange(answeredAt[tender.Id].Select(at => (OcdsEvent.EnquiryAnswered, at)));
        if (tender.AwardedAtUtc is { } awarded)
        {
            events.Add((OcdsEvent.Awarded, awarded));
        }

        if (tender.ContractSignedOn is { } signedOn)
        {
            // The portal keeps the signing day, not when it was entered: no earlier than the award.
            var signed = new DateTimeOffset(signedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)).UtcDateTime;
            events.Add((OcdsEvent.ContractRecorded, tender.AwardedAtUtc is { } a && a > signed ? a : signed));
        }

        if (tender.CompletedAtUtc is { } completed)
        {
            events.Add((OcdsEvent.Completed, completed));
        }

        if (tender.UnsuccessfulAtUtc is { } unsuccessful)
        {
            events.Add((OcdsEvent.Unsuccessful, unsuccessful));
        }

        if (tender.CancelledAtUtc is { } cancelled)
        {
            events.Add((OcdsEvent.Cancelled, cancelled));
        }

        var status = tender.Status;
        var untimedEnd = status switch
        {
            TenderStatus.Awarded => tender.AwardedAtUtc is null,
            TenderStatus.Complete => tender.CompletedAtUtc is null,
            TenderStatus.Unsuccessful => tender.UnsuccessfulAtUtc is null,
            TenderStatus.Cancelled => tender.CancelledAtUtc is null,
            _ => false,
        };
        if (untimedEnd)
        {
            events.Add((OcdsEvent.Ended, OcdsReleaseBuilder.ReleaseDateUtc(tender, status, nowUtc)));
        }

        // Stable: events of the same moment keep the order above (an award before its contract).
        return events.Select((e, i) => (e, i)).OrderBy(x => x.e.AtUtc).ThenBy(x => x.i).Select(x => x.e).ToList();
    }

    /// <summary>
    /// The releases of <paramref name="events"/>: each earlier one as the tender stood at that step, the last as it
    /// stands now, so the history compiles to the tender's present state.
    /// </summary>
    private List<OcdsStoredRelease> History(OcdsTenderRow row, List<(OcdsEvent Event, DateTime AtUtc)> events, DateTime nowUtc)
    {
        var releases = new List<OcdsStoredRelease>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var (@event, at) = events[i];
            var release = i == events.Count - 1
                ? ocds.Builder.Build(row, nowUtc)
                : ocds.Builder.Build(row with { HasAnsweredEnquiries = row.HasAnsweredEnquiries && events.Take(i + 1).Any(e => e.Event == OcdsEvent.EnquiryAnswered) },
                    at, StatusAfter(@event, row.Tender.Status), withContract: @event is OcdsEvent.ContractRecorded or OcdsEvent.Completed);
            releases.Add(Stored(row, i + 1, @event, at, release));
        }

        return releases;
    }

    private static TenderStatus StatusAfter(OcdsEvent @event, TenderStatus finalStatus) => @event switch
    {
        OcdsEvent.Published or OcdsEvent.Amended or OcdsEvent.EnquiryAnswered => TenderStatus.Published,
        OcdsEvent.Unsuccessful => TenderStatus.Unsuccessful,
        OcdsEvent.Cancelled => TenderStatus.Cancelled,
        OcdsEvent.Awarded or OcdsEvent.ContractRecorded => TenderStatus.Awarded,
        OcdsEvent.Completed => TenderStatus.Complete,
        OcdsEvent.Ended => finalStatus,
        _ => throw new ArgumentOutOfRangeException(nameof(@event)),
    };

    private static OcdsStoredRelease Stored(OcdsTenderRow row, int sequence, OcdsEvent @event, DateTime atUtc, OcdsRelease release)
    {
        var tags = Tags(@event, row.Tender.Status);
        var id = $"{row.Tender.Reference}-{sequence:D2}-{tags[0]}";
        var json = JsonSerializer.Serialize(release with { Ocid = "", Id = id, Date = OcdsReleaseBuilder.InJapan(atUtc), Tag = tags }, OcdsService.JsonOptions);
        return new OcdsStoredRelease
        {
            TenderId = row.Tender.Id,
            Sequence = sequence,
            ReleaseId = id,
            DateUtc = atUtc,
            Tags = string.Join(',', tags),
            Json = json,
            IsSynthetic = row.Tender.IsSynthetic,
        };
    }

    private static string WithOcid(string json, string ocid) =>
        json.StartsWith(EmptyOcidStart, StringComparison.Ordinal)
            ? "{\"ocid\":" + JsonSerializer.Serialize(ocid, OcdsService.JsonOptions) + json[EmptyOcidStart.Length..]
            : json;

    private async Task<ILookup<int, DateTime>> AmendedAtAsync(IReadOnlyList<int> tenderIds, CancellationToken cancellationToken) =>
        (await db.TenderAmendments.AsNoTracking().Where(a => tenderIds.Contains(a.TenderId))
            .Select(a => new { a.TenderId, a.AmendedAtUtc }).ToListAsync(cancellationToken))
        .ToLookup(a => a.TenderId, a => a.AmendedAtUtc);

    private async Task<ILookup<int, DateTime>> AnsweredAtAsync(IReadOnlyList<int> tenderIds, CancellationToken cancellationToken) =>
        (await db.TenderQuestions.AsNoTracking().Where(q => tenderIds.Contains(q.TenderId) && q.AnsweredAtUtc != null)
            .Select(q => new { q.TenderId, q.AnsweredAtUtc }).ToListAsync(cancellationToken))
        .ToLookup(q => q.TenderId, q => q.AnsweredAtUtc!.Value);
}
