using System.Net;
using System.Security.Cryptography;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Bench;

/// <summary>
/// The people of the signed-in pages' bench (bench/wrk/signed-in.sh), added to the served large-volume database and
/// signed in once over HTTP, as browsers would: 16 companies (synthetic enterprises of the volume) with 50 bids each
/// on synthetic tenders, 16 prefecture staff (prefectures 01–16), 16 Tokyo officials. Every account is a real one —
/// officials have MFA on (an authenticator key written with the account) and answer the code prompt with the code an
/// app would show; nothing relies on a Development exemption. One account per session: several sessions of one
/// account are allowed, but each authenticator code signs in once, so 16 sessions of one official would need 16
/// half-minute steps. Writes <c>{folder}/cookies-{kind}.txt</c>, one session cookie a line, for signed-in.lua.
/// Usage: AllJapanTokyo.Bench signed-in-sessions &lt;folder&gt; &lt;base-url&gt;
/// </summary>
internal static class SignedInSessions
{
    public const int Sessions = 16;
    public const int BidsPerCompany = 50;
    private const string Password = "bench-signed-in-password-2020";

    public static async Task RunAsync(string folder, Uri baseAddress)
    {
        var people = await PrepareAsync(folder);
        foreach (var (kind, accounts) in people)
        {
            var cookies = await Task.WhenAll(accounts.Select(a => SignInAsync(baseAddress, a)));
            await File.WriteAllLinesAsync(Path.Combine(folder, $"cookies-{kind}.txt"), cookies);
            Console.WriteLine($"{kind}: {cookies.Length} sessions signed in");
        }
    }

    /// <summary>The served database: the bench's PostgreSQL database when BENCH_DATABASE=postgresql, else the folder's SQLite file.</summary>
    private static AppDbContext OpenDatabase(string folder)
    {
        if (BenchPortal.PostgreSqlConnection() is { } postgres)
        {
            var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
            DatabaseSetup.ConfigurePostgreSql(options, postgres);
            return new PostgreSqlAppDbContext(options.Options);
        }

        return BenchPortal.OpenDatabase(Path.Combine(folder, "bench.db"));
    }

    private sealed record Account(string Email, string? AuthenticatorKey);

    /// <summary>Adds the accounts and bids once (idempotent: a kept database already has them).</summary>
    private static async Task<IReadOnlyList<(string Kind, IReadOnlyList<Account> Accounts)>> PrepareAsync(string folder)
    {
        await using var db = OpenDatabase(folder);
        var now = DateTime.UtcNow;
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var companies = new List<Account>();
        var staff = new List<Account>();
        var officials = new List<Account>();
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => e.IsSynthetic && e.ScreeningStatus == ScreeningStatus.Approved)
            .OrderBy(e => e.Id).Select(e => e.Id).Take(Sessions).ToListAsync();
        var tenders = await db.Tenders.AsNoTracking().Where(t => t.IsSynthetic).OrderBy(t => t.Id).Select(t => t.Id).Take(Sessions * BidsPerCompany * 20).ToListAsync();
        var prefectures = await db.Prefectures.OrderBy(p => p.Code).Select(p => p.Code).Take(Sessions).ToListAsync();
        for (var i = 0; i < Sessions; i++)
        {
            companies.Add(new($"bench-company-{i + 1}@example.jp", null));
            staff.Add(new($"bench-prefecture-{i + 1}@example.jp", null));
            officials.Add(new($"bench-official-{i + 1}@example.jp", AuthenticatorKey(i)));
        }

        if (await db.Users.AnyAsync(u => u.NormalizedEmail == companies[0].Email.ToUpperInvariant()))
        {
            return [("companies", companies), ("prefecture-staff", staff), ("officials", officials)];
        }

        for (var i = 0; i < Sessions; i++)
        {
            AddUser(companies[i], "ベンチマーク企業", Roles.Enterprise, u => u.EnterpriseId = enterprises[i]);
            AddUser(staff[i], "ベンチマーク都道府県職員", Roles.PrefectureStaff, u => u.PrefectureCode = prefectures[i]);
            var official = AddUser(officials[i], "ベンチマーク都職員", Roles.TokyoOfficial, u => u.TwoFactorEnabled = true);
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = official.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = officials[i].AuthenticatorKey });

            // 50 bids on tenders of every state, spread over the volume (each company its own stride).
            for (var b = 0; b < BidsPerCompany; b++)
            {
                var bid = new Bid { TenderId = tenders[(b * Sessions * 20) / BidsPerCompany + i], EnterpriseId = enterprises[i] };
                bid.Write(1_000_000 + (b * 10_000), "負荷試験用の架空入札", Guid.NewGuid(), now.AddDays(-b));
                db.Bids.Add(bid);
            }
        }

        await db.SaveChangesAsync();
        return [("companies", companies), ("prefecture-staff", staff), ("officials", officials)];

        AppUser AddUser(Account account, string name, string role, Action<AppUser> bind)
        {
            var user = NewUser(account.Email, $"{name}（架空）{account.Email.Split('@')[0].Split('-')[^1]}", Password, now);
            bind(user);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role] });
            return user;
        }
    }

    /// <summary>A bench account as the portal's own registration leaves it (address confirmed), with its password's hash.</summary>
    public static AppUser NewUser(string email, string displayName, string password, DateTime now)
    {
        var user = new AppUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = displayName,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            CreatedAtUtc = now,
            LockoutEnabled = true,
        };
        user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, password);
        return user;
    }

    /// <summary>A fixed 160-bit key per official (Base32, as Identity stores it), so that a kept database still answers.</summary>
    private static string AuthenticatorKey(int index)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"bench-official-{index}"));
        return string.Concat(bytes.Take(32).Select(b => Alphabet[b % 32]));
    }

    /// <summary>Signs in through the forms (the code prompt for MFA) and returns the session cookie as a Cookie header value.</summary>
    private static async Task<string> SignInAsync(Uri baseAddress, Account account)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var page = await client.GetStringAsync("/account/login");
        using var answer = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = account.Email,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = BenchPortal.AntiforgeryToken(page, "/account/login"),
        }));
        var location = answer.Headers.Location?.OriginalString ?? "";
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in as {account.Email} answered {(int)answer.StatusCode}");
        }

        if (location.StartsWith("/account/login/code", StringComparison.Ordinal))
        {
            var key = account.AuthenticatorKey ?? throw new InvalidOperationException($"{account.Email} was asked for a code");
            var prompt = await client.GetStringAsync(location);
            using var coded = await client.PostAsync("/account/login/code", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = AllJapanTokyo.FunctionalTests.Infrastructure.Totp.Code(key),
                ["__RequestVerificationToken"] = BenchPortal.AntiforgeryToken(prompt, "/account/login/code"),
            }));
            if (coded.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"the code of {account.Email} answered {(int)coded.StatusCode}");
            }
        }

        if (!cookies.GetCookies(baseAddress).Any(c => c.Name.EndsWith("AllJapanTokyo.Session", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"no session cookie for {account.Email}: {string.Join(", ", cookies.GetCookies(baseAddress).Select(c => c.Name))}");
        }

        return string.Join("; ", cookies.GetCookies(baseAddress).Select(c => $"{c.Name}={c.Value}"));
    }
}
