using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Measure 2-1 in every installation: the production regions the FY2020 report names, with only what the report says
/// (it names Niigata's textile makers, in the caption 「新潟県の繊維メーカーとのマッチング実績」, and nothing else), and
/// the indicators the requests can be counted in. The report gives no figure for the measure, so its reporting form
/// has no line: Tokyo's administrator puts these indicators on the form when the measure is to report them.
/// Idempotent.
/// </summary>
public sealed class TextilesSeeder(AppDbContext db)
{
    public const string RequestsIndicator = "textile_requests";
    public const string IntroductionsIndicator = "textile_introductions";
    public const string SamplesIndicator = "textile_samples";
    public const string OrdersIndicator = "textile_orders";

    public static readonly IReadOnlyList<IndicatorDefinition> Indicators =
    [
        new() { Code = RequestsIndicator, Label = new("デザイナーからの依頼件数", "Requests from designers", "设计师委托件数", "디자이너 의뢰 건수"), Unit = new("件", "requests", "件", "건") },
        new() { Code = IntroductionsIndicator, Label = new("産地への紹介件数", "Introductions to production regions", "向产地介绍件数", "산지 소개 건수"), Unit = new("件", "introductions", "件", "건") },
        new() { Code = SamplesIndicator, Label = new("サンプル製作件数", "Samples made", "样品制作件数", "샘플 제작 건수"), Unit = new("件", "samples", "件", "건") },
        new() { Code = OrdersIndicator, Label = new("発注件数", "Orders placed", "下单件数", "발주 건수"), Unit = new("件", "orders", "件", "건") },
    ];

    /// <summary>The regions the report names: the name and note are the report's own words; every other field is left empty.</summary>
    public static readonly IReadOnlyList<(string PrefectureCode, string NameJa, string ReportNoteJa)> ReportedRegions =
    [
        ("15", "新潟県の繊維メーカー", "新潟県の繊維メーカーとのマッチング実績"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var codes = Indicators.Select(i => i.Code).ToList();
        var known = await db.IndicatorDefinitions.Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        foreach (var indicator in Indicators.Where(i => !known.Contains(i.Code)))
        {
            db.IndicatorDefinitions.Add(new IndicatorDefinition { Code = indicator.Code, Label = indicator.Label, Unit = indicator.Unit });
        }

        foreach (var (prefecture, name, note) in ReportedRegions)
        {
            if (!await db.ProductionRegions.AnyAsync(r => r.PrefectureCode == prefecture && r.NameJa == name, cancellationToken))
            {
                db.ProductionRegions.Add(new ProductionRegion { PrefectureCode = prefecture, NameJa = name, ReportNoteJa = note, UpdatedAtUtc = DateTime.UnixEpoch });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
