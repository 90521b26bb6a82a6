using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.FunctionalTests.Areas.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Fairs;

/// <summary>Events the portal runs, companies that apply, and their applications, made for one test and removed after it.</summary>
internal static class FairsTestData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    /// <summary>
    /// An event of 2-3 whose window is open today (or as given), starting in 60 days, with booth categories A (3 booths)
    /// and B (<paramref name="boothsOfB"/>). Synthetic unless <paramref name="published"/>.
    /// </summary>
    public static Task<Event> EventAsync(PortalFactory portal, string name, bool published = false, int opensInDays = -5, int closesInDays = 20, int boothsOfB = 1, int startsInDays = 60) =>
        portal.WithDbAsync(async db =>
        {
            var starts = Today.AddDays(startsInDays);
            var e = new Event
            {
                InitiativeCode = "2-3",
                FiscalYear = starts.Month >= 4 ? starts.Year : starts.Year - 1,
                NameJa = name,
                Type = FairEventType.ExhibitionZone,
                Format = EventFormat.InPerson,
                VenueJa = "東京ビッグサイト（試験）",
                Start = PartialDate.OfDay(starts),
                End = PartialDate.OfDay(starts.AddDays(2)),
                ApplicationOpensOn = Today.AddDays(opensInDays),
                ApplicationClosesOn = Today.AddDays(closesInDays),
                Status = ActivityStatus.Ongoing,
                IsSynthetic = !published,
                BoothCategories =
                [
                    new BoothCategory { Code = "A", NameJa = "食品ゾーン（試験）", Count = 3, FeeYen = 50_000, SortOrder = 1 },
                    new BoothCategory { Code = "B", NameJa = "工芸ゾーン（試験）", Count = boothsOfB, SortOrder = 2 },
                ],
            };
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    /// <summary>An approved company of <paramref name="prefecture"/> with one Enterprise user (password <see cref="EnterpriseTestData.Password"/>).</summary>
    public static Task<(int EnterpriseId, string Email)> CompanyAsync(PortalFactory portal, string prefecture = "17") =>
        EnterpriseTestData.CreateAsync(portal, $"株式会社試験出展{Guid.NewGuid():N}"[..16], ScreeningStatus.Approved, prefecture);

    /// <summary>An application stored directly, moved to <paramref name="status"/> by the domain's own methods.</summary>
    public static Task<ExhibitorApplication> ApplicationAsync(PortalFactory portal, Event e, int enterpriseId, string category, ApplicationStatus status, bool online = false) =>
        portal.WithDbAsync(async db =>
        {
            var categoryId = await db.BoothCategories.Where(c => c.EventId == e.Id && c.Code == category).Select(c => c.Id).SingleAsync();
            var prefecture = await db.Enterprises.Where(x => x.Id == enterpriseId).Select(x => x.PrefectureCode).SingleAsync();
            var application = new ExhibitorApplication
            {
                EventId = e.Id, EnterpriseId = enterpriseId, BoothCategoryId = categoryId, PrefectureCode = prefecture,
                ProductsJa = "試験用の製品", AppliedAtUtc = DateTime.UtcNow, IsOnline = online, IsSynthetic = e.IsSynthetic,
            };
            var now = DateTime.UtcNow;
            if (status is ApplicationStatus.Selected or ApplicationStatus.Confirmed)
            {
                application.Select(now);
            }

            if (status == ApplicationStatus.Confirmed)
            {
                application.Confirm(now);
            }

            if (status == ApplicationStatus.NotSelected)
            {
                application.NotSelect(now);
            }

            if (status == ApplicationStatus.Withdrawn)
            {
                application.Withdraw(now);
            }

            db.ExhibitorApplications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });

    public static Task RemoveAsync(PortalFactory portal, params int[] eventIds) =>
        portal.WithDbAsync(async db =>
        {
            await db.ExhibitorApplications.Where(a => eventIds.Contains(a.EventId)).ExecuteDeleteAsync();
            return await db.Events.Where(e => eventIds.Contains(e.Id)).ExecuteDeleteAsync();
        });
}
