using System.Text.Json;
using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Funds;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Initiatives;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Loads the real facts of the ALL JAPAN &amp; TOKYO Project (FY2015–FY2020) from the embedded seed tables.
/// Idempotent: a set is loaded only while its table is empty, so a restart or a second instance adds nothing twice.
/// The Tokyo Metropolitan Government has published these figures, so they load as approved values.
/// </summary>
public sealed class ProgrammeDataSeeder(AppDbContext db)
{
    /// <summary>The last fiscal year the source report covers; running partnerships are counted up to it.</summary>
    public const int ReportedThroughFiscalYear = 2020;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeedReferenceDataAsync(cancellationToken);
        await SeedOrganizationsAsync(cancellationToken);
        await SeedIndicatorValuesAsync(cancellationToken);
        await SeedEventsAsync(cancellationToken);
        await SeedAreaFactsAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        if (!await db.Prefectures.AnyAsync(cancellationToken))
        {
            db.Prefectures.AddRange(SeedFiles.Table("prefectures.csv").Rows.Select(r => new Prefecture
            {
                Code = Prefecture.NormalizeCode(r["code"]),
                Name = r.Text("name"),
                NameKana = r["name_kana"],
                Region = r.Text("region"),
                TileRow = r.Number("tile_row"),
                TileColumn = r.Number("tile_col"),
            }));
        }

        if (!await db.Chapters.AnyAsync(cancellationToken))
        {
            db.Chapters.AddRange(SeedFiles.Table("chapters.csv").Rows.Select(r => new Chapter
            {
                Number = r.Number("chapter"),
                Title = r.Text("title"),
            }));
        }

        if (!await db.Initiatives.AnyAsync(cancellationToken))
        {
            db.Initiatives.AddRange(SeedFiles.Table("initiatives.csv").Rows.Select(r => new Initiative
            {
                Code = r["code"],
                ChapterNumber = r.Number("chapter"),
                Number = r.Number("number"),
                Area = EnumCodes.ParseArea(r["area"]),
                Title = r.Text("title"),
                ProgrammeJa = r["programme_ja"],
                SinceFiscalYear = r.OptionalInt("since_fy"),
            }));
        }

        if (!await db.IndicatorDefinitions.AnyAsync(cancellationToken))
        {
            db.IndicatorDefinitions.AddRange(SeedFiles.Table("indicators.csv").Rows.Select(r => new IndicatorDefinition
            {
                Code = r["code"],
                Label = r.Text("label"),
                Unit = r.Text("unit"),
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedOrganizationsAsync(CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(o => !o.IsSynthetic, cancellationToken))
        {
            return;
        }

        db.Organizations.AddRange(SeedFiles.Table("buyer-organizations.csv").Rows.Select(r => new Organization
        {
            NameJa = r["name_ja"],
            Kind = Organization.KindFromJapanese(r["kind_ja"]),
            IsBuyer = true,
            UsesEBidding = r["note_ja"].Contains("電子入札", StringComparison.Ordinal),
            PrefectureCode = Prefecture.TokyoCode,
            NoteJa = r.Optional("note_ja"),
            TenderPrefix = r.Optional("tender_prefix"),
        }));

        // Each prefectural government is a partner organisation of the project.
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        db.Organizations.AddRange(prefectures.Select(p => new Organization
        {
            NameJa = p.Name.Ja,
            NameEn = p.Name.En == "Tokyo" ? "Tokyo Metropolitan Government" : $"{p.Name.En} Prefectural Government",
            Kind = OrganizationKind.PrefecturalGovernment,
            PrefectureCode = p.Code,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedIndicatorValuesAsync(CancellationToken cancellationToken)
    {
        if (await db.IndicatorValues.AnyAsync(v => !v.IsSynthetic, cancellationToken))
        {
            return;
        }

        foreach (var r in SeedFiles.Table("fy-results.csv").Rows)
        {
            var value = new IndicatorValue
            {
                InitiativeCode = r["initiative"],
                FiscalYear = r.Number("fiscal_year"),
                IndicatorCode = r["indicator"],
                Value = decimal.Parse(r["value"], System.Globalization.CultureInfo.InvariantCulture),
                Qualifier = EnumCodes.ParseQualifier(r["qualifier"]),
                ActivityStatus = EnumCodes.ParseStatus(r["status"]),
                Format = EnumCodes.ParseFormat(r["format"]),
                NoteJa = r.Optional("note_ja"),
                ReviewState = ReviewState.Approved,
                Prefectures = r.Codes("prefectures").Select(c => new IndicatorValuePrefecture { PrefectureCode = Prefecture.NormalizeCode(c) }).ToList(),
            };
            db.IndicatorValues.Add(value);
            db.Participations.AddRange(value.Prefectures.Select(p => new Participation
            {
                InitiativeCode = value.InitiativeCode,
                FiscalYear = value.FiscalYear,
                PrefectureCode = p.PrefectureCode,
                Role = ParticipationRole.Participant,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedEventsAsync(CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(e => !e.IsSynthetic, cancellationToken))
        {
            return;
        }

        foreach (var r in SeedFiles.Table("events.csv").Rows)
        {
            var hostCode = r.Optional("host_prefecture") is { } host ? Prefecture.NormalizeCode(host) : null;
            var programmeEvent = new Event
            {
                InitiativeCode = r["initiative"],
                FiscalYear = r.Number("fiscal_year"),
                NameJa = r["name_ja"],
                Start = r.Optional("start") is { } start ? PartialDate.Parse(start) : null,
                End = r.Optional("end") is { } end ? PartialDate.Parse(end) : null,
                VenueJa = r.Optional("venue_ja"),
                HostPrefectureCode = hostCode,
                Format = EnumCodes.ParseFormat(r["format"]),
                Status = EnumCodes.ParseStatus(r["status"]) ?? ActivityStatus.Held,
                CancelReasonJa = r.Optional("cancel_reason"),
                Exhibitors = r.OptionalInt("exhibitors"),
                BusinessMeetings = r.OptionalInt("business_meetings"),
                ParticipatingPrefectures = r.OptionalInt("participating_prefectures"),
                Visitors = r.OptionalInt("visitors"),
                PartnersJa = r.Optional("partners_ja"),
                NoteJa = r.Optional("note_ja"),
            };

            // An event hosted outside Tokyo is that prefecture's participation in the initiative.
            if (hostCode is not null && hostCode != Prefecture.TokyoCode)
            {
                programmeEvent.Participations.Add(new Participation
                {
                    InitiativeCode = programmeEvent.InitiativeCode,
                    FiscalYear = programmeEvent.FiscalYear,
                    PrefectureCode = hostCode,
                    Role = ParticipationRole.Host,
                });
            }

            db.Events.Add(programmeEvent);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAreaFactsAsync(CancellationToken cancellationToken)
    {
        if (!await db.Crafts.AnyAsync(cancellationToken))
        {
            db.Crafts.AddRange(SeedFiles.Table("crafts.csv").Rows.Select(r => new Craft
            {
                NameJa = r["name_ja"],
                ReadingJa = r["reading_ja"],
                PrefectureCode = Prefecture.NormalizeCode(r["prefecture_code"]),
                Designation = Craft.ParseDesignation(r["designation"]) ?? throw new FormatException($"crafts.csv: unknown designation {r["designation"]}"),
                TechniquesJa = r["techniques_ja"],
                MaterialsJa = r["materials_ja"],
            }));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.CraftCollaborations.AnyAsync(cancellationToken))
        {
            // The report's products, linked to the register's crafts by their names; published as the report was.
            var crafts = await db.Crafts.AsNoTracking().Select(c => new { c.Id, c.NameJa, c.PrefectureCode }).ToListAsync(cancellationToken);
            db.CraftCollaborations.AddRange(SeedFiles.Table("craft-collaborations.csv").Rows.Select(r => new CraftCollaboration
            {
                ProductJa = r["product_ja"],
                TokyoCraftJa = r["tokyo_craft_ja"],
                PartnerCraftJa = r["partner_craft_ja"],
                PartnerPrefectureCode = Prefecture.NormalizeCode(r["partner_prefecture"]),
                ProgrammeJa = r["programme_ja"],
                TokyoCraftId = crafts.FirstOrDefault(c => c.NameJa == r["tokyo_craft_ja"] && c.PrefectureCode == Prefecture.TokyoCode)?.Id,
                PartnerCraftId = crafts.FirstOrDefault(c => c.NameJa == r["partner_craft_ja"] && c.PrefectureCode == Prefecture.NormalizeCode(r["partner_prefecture"]))?.Id,
                IsPublished = true,
            }));
        }

        if (!await db.Funds.AnyAsync(cancellationToken))
        {
            var fundRow = SeedFiles.Table("fund.csv").Rows.Single();
            var fund = new Fund
            {
                NameJa = fundRow["name_ja"],
                OperatorSelected = PartialDate.Parse(fundRow["operator_selected"]),
                Established = PartialDate.Parse(fundRow["established"]),
                InvestorsJa = fundRow.Optional("investors_ja"),
                FlowsJa = fundRow.Optional("flows_ja"),
                NoteJa = fundRow.Optional("note_ja"),
                Investments = SeedFiles.Table("fund-investments.csv").Rows.Select(r => new FundInvestment
                {
                    CompanyNameJa = r["company_ja"],
                    PrefectureCode = Prefecture.NormalizeCode(r["prefecture"]),
                    NoteJa = r.Optional("note_ja"),
                }).ToList(),
            };
            db.Funds.Add(fund);

            // The report lists the investees as of FY2020: each is its prefecture's part in initiative 2-6 that year.
            db.Participations.AddRange(fund.Investments.Select(i => new Participation
            {
                InitiativeCode = "2-6",
                FiscalYear = ReportedThroughFiscalYear,
                PrefectureCode = i.PrefectureCode,
                Role = ParticipationRole.Participant,
            }));
        }

        if (!await db.TourismPartnerships.AnyAsync(cancellationToken))
        {
            foreach (var r in SeedFiles.Table("tourism-partnerships.csv").Rows)
            {
                var partnership = new TourismPartnership
                {
                    InitiativeCode = r["initiative"],
                    PartnerJa = r["partner_ja"],
                    SinceFiscalYear = r.Number("since_fy"),
                    UntilFiscalYear = r.OptionalInt("until_fy"),
                    NoteJa = r.Optional("note_ja"),
                    Prefectures = r.Codes("prefectures").Select(c => new TourismPartnershipPrefecture { PrefectureCode = Prefecture.NormalizeCode(c) }).ToList(),
                };
                db.TourismPartnerships.Add(partnership);
                var lastYear = partnership.UntilFiscalYear ?? ReportedThroughFiscalYear;
                for (var fy = partnership.SinceFiscalYear; fy <= lastYear; fy++)
                {
                    db.Participations.AddRange(partnership.Prefectures.Select(p => new Participation
                    {
                        InitiativeCode = partnership.InitiativeCode,
                        FiscalYear = fy,
                        PrefectureCode = p.PrefectureCode,
                        Role = ParticipationRole.Partner,
                    }));
                }
            }
        }

        if (!await db.TouristRoutes.AnyAsync(cancellationToken))
        {
            db.TouristRoutes.Add(ReadRoute(SeedFiles.Read("tourism-route-tokyo-fukui.json")));
        }

        if (!await db.TouristInfoCenters.AnyAsync(cancellationToken))
        {
            db.TouristInfoCenters.AddRange(SeedFiles.Table("tourist-info-centers.csv").Rows.Select(r => new TouristInfoCenter
            {
                NameJa = r["name_ja"],
                NameEn = r["name_en"],
            }));
        }

        if (!await db.StampRallies.AnyAsync(cancellationToken))
        {
            db.StampRallies.AddRange(SeedFiles.Table("stamp-rallies.csv").Rows.Select(r => new StampRally
            {
                FiscalYear = r.Number("fiscal_year"),
                Start = PartialDate.Parse(r["start"]),
                End = PartialDate.Parse(r["end"]),
                ParticipatingShops = r.Number("participating_shops"),
                Format = EnumCodes.ParseFormat(r["format"]) ?? EventFormat.InPerson,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static TouristRoute ReadRoute(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new TouristRoute
        {
            InitiativeCode = root.GetProperty("initiative").GetString()!,
            RegionJa = root.GetProperty("region_ja").GetString()!,
            Theme = root.GetProperty("theme").GetString()!,
            SummaryJa = root.GetProperty("summary_ja").GetString()!,
            NoteJa = root.TryGetProperty("note_ja", out var note) ? note.GetString() : null,
            Days = root.GetProperty("days").EnumerateArray().Select(d => new TouristRouteDay
            {
                DayNumber = d.GetProperty("day").GetInt32(),
                PrefectureCode = Prefecture.NormalizeCode(d.GetProperty("prefecture").GetString()!),
                Stops = d.GetProperty("stops_ja").EnumerateArray()
                    .Select((s, i) => new TouristRouteStop { Order = i + 1, NameJa = s.GetString()! })
                    .ToList(),
            }).ToList(),
            OtherSpots = root.GetProperty("other_spots").EnumerateArray().Select(s => new TouristRouteSpot
            {
                PrefectureCode = Prefecture.NormalizeCode(s.GetProperty("prefecture").GetString()!),
                NameJa = s.GetProperty("name_ja").GetString()!,
            }).ToList(),
        };
    }
}
