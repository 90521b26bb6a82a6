using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Startup;

/// <summary>
/// The demonstration accounts of README.md, one per role, all with the password of <c>DemoAccounts:Password</c>.
/// Created only outside Production (see <see cref="DatabaseInitializer"/>).
/// </summary>
public sealed class DemoAccounts(
    AppDbContext db,
    UserManager<AppUser> users,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DemoAccounts> logger)
{
    public const string BuyerOrganizationName = "株式会社東京ビッグサイト";

    /// <summary>The demo enterprise of sme@example.jp: synthetic, never counted as a programme fact.</summary>
    public const string DemoEnterpriseName = "株式会社デモ精密工業";

    public static readonly IReadOnlyList<(string Email, string Role, string DisplayName)> All =
    [
        ("admin@example.jp", Roles.Administrator, "システム管理者"),
        ("official@example.jp", Roles.TokyoOfficial, "東京都 産業労働局 担当者"),
        ("niigata@example.jp", Roles.PrefectureStaff, "新潟県 担当者"),
        ("osaka@example.jp", Roles.PrefectureStaff, "大阪府 担当者"),
        ("buyer@example.jp", Roles.BuyerStaff, "東京ビッグサイト 調達担当"),
        ("sme@example.jp", Roles.Enterprise, "デモ精密工業 代表"),
        ("coordinator@example.jp", Roles.Coordinator, "地域コーディネーター（関東）"),
        ("organizer@example.jp", Roles.EventOrganizer, "展示会運営事務局 担当者"),
        ("designer@example.jp", Roles.Designer, "デモデザイナー（架空）"),
        ("maker@example.jp", Roles.Maker, "【架空】デモ組紐工房 職人"),
        ("fund@example.jp", Roles.FundOperator, "ファンド運営事業者 担当者（架空）"),
    ];

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var password = configuration["DemoAccounts:Password"];
        if (string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("DemoAccounts:Enabled is true but DemoAccounts:Password is empty; no demo accounts were created");
            return;
        }

        var buyer = await db.Organizations.FirstAsync(o => o.NameJa == BuyerOrganizationName, cancellationToken);
        var enterprise = await EnsureDemoEnterpriseAsync(cancellationToken);

        foreach (var (email, role, displayName) in All)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                PrefectureCode = email switch
                {
                    "niigata@example.jp" => "15",
                    "osaka@example.jp" => "27",
                    _ => null,
                },
                OrganizationId = role == Roles.BuyerStaff ? buyer.Id : null,
                EnterpriseId = role == Roles.Enterprise ? enterprise.Id : null,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, role);
        }
    }

    private async Task<Enterprise> EnsureDemoEnterpriseAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Enterprises.FirstOrDefaultAsync(e => e.NameJa == DemoEnterpriseName, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var enterprise = new Enterprise
        {
            CorporateNumber = CorporateNumber.FromBase("010401999999"),
            NameJa = DemoEnterpriseName,
            NameKana = "デモセイミツコウギョウ",
            PrefectureCode = Prefecture.TokyoCode,
            Address = "東京都大田区（デモ）",
            JsicMajorGroup = "E",
            SmeIndustryGroup = SmeIndustryGroup.ManufacturingAndOthers,
            CapitalYen = 10_000_000,
            Employees = 25,
            Capabilities = "精密切削加工、試作品製作（デモデータ）",
            PrText = "デモ用の架空企業です。実在の企業ではありません。",
            ScreeningStatus = ScreeningStatus.Approved,
            RegisteredAtUtc = clock.GetUtcNow().UtcDateTime,
            IsSynthetic = true,
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken);
        return enterprise;
    }
}
