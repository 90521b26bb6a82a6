using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Domain.Textiles;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Development only, with the demo accounts: the demo designer's fictitious profile (架空, IsSynthetic) and two
/// fictitious requests — one just received, one introduced to the real region the report names (Niigata's textile
/// makers), so that official@ can work the pipeline and niigata@ answer and write. No region is invented.
/// </summary>
public sealed class TextilesDemoSeeder(AppDbContext db, TimeProvider clock)
{
    public const string DesignerName = "【架空】デモ・デザインスタジオ";

    public async Task SeedAsync(string designerEmail, CancellationToken cancellationToken = default)
    {
        var userId = await db.Users.Where(u => u.Email == designerEmail).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (userId is null || await db.Designers.AnyAsync(d => d.UserId == userId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var designer = new Designer
        {
            UserId = userId,
            Kind = DesignerKind.Company,
            NameJa = DesignerName,
            NameEn = "Demo design studio (fictitious)",
            TokyoMunicipalityJa = "台東区",
            SpecialtiesJa = "婦人服、テキスタイルデザイン（架空）",
            ProfileJa = "デモ用の架空のデザイナーです。実在の人物・企業ではありません。",
            RegisteredAtUtc = now,
            IsSynthetic = true,
        };
        db.Designers.Add(designer);
        await db.SaveChangesAsync(cancellationToken);

        var region = await db.ProductionRegions.OrderBy(r => r.Id).FirstOrDefaultAsync(r => r.ReportNoteJa != null, cancellationToken);
        db.DesignRequests.Add(Request(designer.Id, "【架空】ウール混の薄手ツイード", "先染め・ドビー織り", "300m", "2027年秋冬コレクション", "ジャケットとスカートのセットアップ（デモ）", now.AddDays(-3)));
        if (region is not null)
        {
            var introduced = Request(designer.Id, "【架空】シルク調の再生繊維ジャカード", "ジャカード織り", "120m", "2027年春夏コレクション", "ワンピースの表地（デモ）", now.AddDays(-10));
            introduced.Introduce([region.Id], now.AddDays(-7));
            db.DesignRequests.Add(introduced);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DesignRequest Request(int designerId, string material, string technique, string quantity, string timing, string purpose, DateTime at) => new()
    {
        DesignerId = designerId,
        MaterialJa = material,
        TechniqueJa = technique,
        QuantityJa = quantity,
        TimingJa = timing,
        PurposeJa = purpose,
        BudgetMinYen = 300_000,
        BudgetMaxYen = 600_000,
        Stage = RequestStage.Received,
        SubmittedAtUtc = at,
        IsSynthetic = true,
    };
}
