using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// An upcoming demonstration fair (全国ゾーン, 架空) whose application window is open, with applications in every
/// state — applied, selected with a booth, not selected, confirmed with a booth, withdrawn — so that an organiser has
/// something to decide and sme@example.jp can still apply. Dated relative to the clock; synthetic, never published.
/// Idempotent: nothing is added once the demo fair exists.
/// </summary>
public sealed class FairsDemoSeeder(AppDbContext db, TimeProvider clock)
{
    public const string DemoFairName = "全国ゾーン（デモ・架空）";

    /// <summary>The demo EventOrganizer account (Development only), which the demo fair is delegated to.</summary>
    public const string OrganizerEmail = "organizer@example.jp";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Events.AnyAsync(e => e.NameJa == DemoFairName, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = JapanTime.DayOf(now);
        var starts = today.AddDays(60);
        var fair = new Event
        {
            InitiativeCode = "2-3",
            FiscalYear = FiscalYear.Containing(starts).StartYear,
            NameJa = DemoFairName,
            Type = FairEventType.ExhibitionZone,
            Format = EventFormat.Hybrid,
            VenueJa = "東京ビッグサイト 西展示棟（デモ）",
            OnlineUrl = "https://example.jp/demo-zone",
            HostPrefectureCode = "13",
            Start = PartialDate.OfDay(starts),
            End = PartialDate.OfDay(starts.AddDays(2)),
            ApplicationOpensOn = today.AddDays(-10),
            ApplicationClosesOn = today.AddDays(20),
            Status = ActivityStatus.Ongoing,
            IsSynthetic = true,
            BoothCategories =
            [
                new BoothCategory { Code = "A", NameJa = "食品ゾーン", Count = 12, FeeYen = 50_000, SortOrder = 1 },
                new BoothCategory { Code = "B", NameJa = "工芸・雑貨ゾーン", Count = 8, FeeYen = 30_000, SortOrder = 2 },
                new BoothCategory { Code = "C", NameJa = "オンライン展示", Count = 20, SortOrder = 3 },
            ],
        };
        db.Events.Add(fair);

        var companies = new List<Enterprise>();
        foreach (var (name, kana, number, prefecture) in new[]
                 {
                     ("株式会社デモ越後電設", "デモエチゴデンセツ", "010401999997", "15"),
                     ("デモなにわ映像合同会社", "デモナニワエイゾウ", "010401999996", "27"),
                     ("株式会社デモ北海食品", "デモホッカイショクヒン", "010401999983", "01"),
                     ("有限会社デモ津軽塗工房", "デモツガルヌリコウボウ", "010401999982", "02"),
                     ("株式会社デモ薩摩焼酎", "デモサツマショウチュウ", "010401999981", "46"),
                 })
        {
            var corporate = CorporateNumber.FromBase(number);
            companies.Add(await db.Enterprises.FirstOrDefaultAsync(e => e.CorporateNumber == corporate, cancellationToken)
                ?? Add(new Enterprise
                {
                    CorporateNumber = corporate,
                    NameJa = name,
                    NameKana = kana,
                    PrefectureCode = prefecture,
                    Address = "（デモ）",
                    JsicMajorGroup = "E",
                    SmeIndustryGroup = SmeIndustryGroup.ManufacturingAndOthers,
                    CapitalYen = 10_000_000,
                    Employees = 15,
                    Capabilities = "デモ用の架空の製品です。",
                    PrText = "デモ用の架空企業です。実在の企業ではありません。",
                    ScreeningStatus = ScreeningStatus.Approved,
                    RegisteredAtUtc = now,
                    IsSynthetic = true,
                }));
        }

        await db.SaveChangesAsync(cancellationToken);

        var food = fair.BoothCategories[0];
        var crafts = fair.BoothCategories[1];
        ExhibitorApplication Apply(Enterprise company, BoothCategory category, string products, int daysAgo) => new()
        {
            EventId = fair.Id,
            EnterpriseId = company.Id,
            BoothCategoryId = category.Id,
            PrefectureCode = company.PrefectureCode,
            ProductsJa = products,
            PrTextJa = company.PrText,
            AppliedAtUtc = now.AddDays(-daysAgo),
            IsSynthetic = true,
        };

        var confirmed = Apply(companies[0], crafts, "越後の木工品・照明器具（デモ）", 9);
        confirmed.Select(now.AddDays(-5));
        confirmed.Confirm(now.AddDays(-3));
        confirmed.AllocateBooth(1, crafts.Count, now.AddDays(-3));
        var selected = Apply(companies[1], crafts, "映像制作・デジタル展示（デモ）", 8);
        selected.Select(now.AddDays(-4));
        selected.AllocateBooth(2, crafts.Count, now.AddDays(-4));
        var applied = Apply(companies[2], food, "北海道産の乳製品・水産加工品（デモ）", 3);
        applied.RecommendBy(companies[2].PrefectureCode);
        var notSelected = Apply(companies[3], crafts, "津軽塗の箸・椀（デモ）", 7);
        notSelected.NotSelect(now.AddDays(-4));
        var withdrawn = Apply(companies[4], food, "本格芋焼酎（デモ）", 6);
        withdrawn.Withdraw(now.AddDays(-2));
        db.ExhibitorApplications.AddRange(confirmed, selected, applied, notSelected, withdrawn);

        // The demo organiser account runs the demo fair (the operator of a fair, delegated by Tokyo).
        if (await db.Users.Where(u => u.NormalizedEmail == OrganizerEmail.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) is { } organizer)
        {
            db.EventOrganizerAssignments.Add(new EventOrganizerAssignment { EventId = fair.Id, UserId = organizer });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Enterprise Add(Enterprise enterprise)
    {
        db.Enterprises.Add(enterprise);
        return enterprise;
    }
}
