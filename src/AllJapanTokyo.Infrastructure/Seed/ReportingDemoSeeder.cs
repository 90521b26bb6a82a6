using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Demonstration reports (Development only) for the fiscal year the clock is in, whose entry window is open today:
/// several prefectures' reports on the fairs' forms in every state — not started, draft, submitted, returned with a
/// comment, approved — each with its audit trail, so that niigata@example.jp can enter values at once and
/// official@example.jp has reports to review. Every report and value is synthetic (IsSynthetic, shown with 「架空データ」):
/// invented, never published, never counted. Idempotent: nothing is added once the year has a demonstration report.
/// </summary>
public sealed class ReportingDemoSeeder(AppDbContext db, TimeProvider clock)
{
    public const string OfficialEmail = "official@example.jp";

    /// <summary>The prefectures' reports and where each stands: Niigata's fair is empty, to be entered at once.</summary>
    private static readonly (string Prefecture, string Initiative, ReportStatus Status)[] Reports =
    [
        ("15", "2-3", ReportStatus.NotStarted),
        ("15", "2-4", ReportStatus.Returned),
        ("15", "2-7", ReportStatus.Draft),
        ("27", "2-3", ReportStatus.Submitted),
        ("27", "2-4", ReportStatus.Approved),
        ("23", "2-3", ReportStatus.Approved),
        ("23", "2-7", ReportStatus.Submitted),
        ("18", "2-3", ReportStatus.Returned),
        ("18", "2-4", ReportStatus.Draft),
        ("47", "2-4", ReportStatus.Submitted),
    ];

    /// <summary>The demo account that reports for a prefecture; the others' staff have no account in the demonstration.</summary>
    private static string StaffOf(string prefecture) => prefecture switch
    {
        "15" => "niigata@example.jp",
        "27" => "osaka@example.jp",
        _ => $"demo-staff-{prefecture}@example.jp",
    };

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fiscalYear = EntryWindow.FiscalYearAt(now);
        if (await db.ReportSubmissions.AnyAsync(s => s.IsSynthetic && s.FiscalYear == fiscalYear, cancellationToken))
        {
            return;
        }

        var initiatives = Reports.Select(r => r.Initiative).Distinct().ToList();
        var forms = (await db.FormIndicators.AsNoTracking().Where(f => initiatives.Contains(f.InitiativeCode)).ToListAsync(cancellationToken))
            .GroupBy(f => f.InitiativeCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.SortOrder).ToList());
        var taken = (await db.ReportSubmissions.AsNoTracking().Where(s => s.FiscalYear == fiscalYear).Select(s => new { s.InitiativeCode, s.PrefectureCode }).ToListAsync(cancellationToken))
            .Select(s => (s.PrefectureCode, s.InitiativeCode))
            .ToHashSet();
        var planned = Reports.Where(r => forms.ContainsKey(r.Initiative) && !taken.Contains((r.Prefecture, r.Initiative))).ToList();
        var reports = planned.Select(r => new ReportSubmission { FiscalYear = fiscalYear, InitiativeCode = r.Initiative, PrefectureCode = r.Prefecture, IsSynthetic = true }).ToList();
        db.ReportSubmissions.AddRange(reports);
        await db.SaveChangesAsync(cancellationToken);

        // Entered a few days ago, submitted the day after, reviewed since: each step in the audit trail as it would be.
        var entered = now.AddDays(-6);
        for (var i = 0; i < reports.Count; i++)
        {
            var (prefecture, _, status) = planned[i];
            if (status == ReportStatus.NotStarted)
            {
                continue;
            }

            var report = reports[i];
            var staff = StaffOf(prefecture);
            var state = status switch
            {
                ReportStatus.Submitted => ReviewState.Submitted,
                ReportStatus.Returned => ReviewState.Returned,
                ReportStatus.Approved => ReviewState.Approved,
                _ => ReviewState.Draft,
            };
            report.ActivityStatus = ActivityStatus.Held;
            report.Touch(staff, entered);
            Audit(report, AuditAction.StatusChanged, staff, entered, after: "開催");
            foreach (var (line, online) in forms[report.InitiativeCode].SelectMany(f => (f.SplitByFormat ? new[] { false, true } : [false]).Select(online => (f, online))))
            {
                var value = DemoValue(line.IndicatorCode, online, prefecture);
                db.IndicatorValues.Add(new IndicatorValue
                {
                    InitiativeCode = report.InitiativeCode,
                    FiscalYear = fiscalYear,
                    IndicatorCode = line.IndicatorCode,
                    PrefectureCode = prefecture,
                    Format = online ? EventFormat.Online : null,
                    IsOnlinePart = online,
                    Value = value,
                    ActivityStatus = ActivityStatus.Held,
                    NoteJa = online ? null : "架空データ（デモ用）",
                    ReviewState = state,
                    IsSynthetic = true,
                });
                Audit(report, AuditAction.ValueChanged, staff, entered, line.IndicatorCode, after: value.ToString("#,0", CultureInfo.InvariantCulture), online: online);
            }

            // Saved before the hand-overs, so that the audit trail keeps its order (a reviewer's diff reads it in order).
            await db.SaveChangesAsync(cancellationToken);
            if (state != ReviewState.Draft)
            {
                report.Submit(staff, entered.AddDays(1));
                Audit(report, AuditAction.Submitted, staff, entered.AddDays(1));
            }

            if (state == ReviewState.Returned)
            {
                const string comment = "（架空データ）うちオンラインの内訳を確認して、もう一度提出してください。";
                report.Return(OfficialEmail, comment, entered.AddDays(2));
                Audit(report, AuditAction.Returned, OfficialEmail, entered.AddDays(2), comment: comment);
            }
            else if (state == ReviewState.Approved)
            {
                report.Approve(OfficialEmail, entered.AddDays(2));
                Audit(report, AuditAction.Approved, OfficialEmail, entered.AddDays(2));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>An invented figure: a handful of exhibitors (a quarter online), one prefecture, two cities or events.</summary>
    private static decimal DemoValue(string indicator, bool online, string prefecture)
    {
        var total = indicator switch
        {
            ValidationRules.PrefectureCountIndicator => 1,
            "participating_cities" or "events_held" => 2,
            _ => 8 + (int.Parse(prefecture, CultureInfo.InvariantCulture) % 7),
        };
        return online ? total / 4 : total;
    }

    private void Audit(ReportSubmission report, AuditAction action, string by, DateTime at, string? indicator = null, string? after = null, bool online = false, string? comment = null) =>
        db.ReportingAuditEntries.Add(ReportingAuditEntry.Of(report, action, by, at, indicator, online, newValue: after, comment: comment));
}
