using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Crafts.Makers;

/// <summary>The maker's profile form, as typed.</summary>
public sealed class MakerInput
{
    public string? NameJa { get; set; }

    public string? Kind { get; set; }

    public string? PrefectureCode { get; set; }

    public string? ProfileJa { get; set; }

    public List<int> CraftIds { get; set; } = [];

    public static MakerInput From(CraftMaker maker) => new()
    {
        NameJa = maker.NameJa,
        Kind = maker.Kind.ToString(),
        PrefectureCode = maker.PrefectureCode,
        ProfileJa = maker.ProfileJa,
        CraftIds = maker.Crafts.Select(c => c.CraftId).ToList(),
    };
}

/// <summary>A maker's profile as others read it.</summary>
public sealed record MakerView(CraftMaker Maker, Domain.Common.LocalizedText Prefecture, IReadOnlyList<Craft> Crafts, IReadOnlyList<int> ImageIds);

/// <summary>
/// Makers' profiles: each account keeps its one profile (found by the signed-in user, never by an id it sends), links it
/// to the register's crafts and adds photos (≤ 5 MB, checked by content). Another maker's image is never touched.
/// </summary>
public sealed class MakerProfiles(AppDbContext db, TimeProvider clock)
{
    public Task<CraftMaker?> MineAsync(string userId, CancellationToken cancellationToken) =>
        db.CraftMakers.AsNoTracking().Include(m => m.Crafts).Include(m => m.Images.OrderBy(i => i.Id))
            .SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);

    public async Task<MakerView?> ShowAsync(int id, CancellationToken cancellationToken)
    {
        var maker = await db.CraftMakers.AsNoTracking().Include(m => m.Crafts).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (maker is null)
        {
            return null;
        }

        var craftIds = maker.Crafts.Select(c => c.CraftId).ToList();
        var crafts = await db.Crafts.AsNoTracking().Where(c => craftIds.Contains(c.Id)).OrderBy(c => c.NameJa).ToListAsync(cancellationToken);
        var prefecture = await db.Prefectures.AsNoTracking().Where(p => p.Code == maker.PrefectureCode).Select(p => p.Name).SingleAsync(cancellationToken);
        var images = await db.CraftMakerImages.AsNoTracking().Where(i => i.MakerId == id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        return new MakerView(maker, prefecture, crafts, images);
    }

    public Task<CraftMakerImage?> ImageAsync(int imageId, CancellationToken cancellationToken) =>
        db.CraftMakerImages.AsNoTracking().SingleOrDefaultAsync(i => i.Id == imageId, cancellationToken);

    /// <summary>Creates or updates the account's own profile; the problems when refused (nothing stored).</summary>
    public async Task<(IReadOnlyList<CraftFieldProblem> Problems, int Id)> SaveAsync(string userId, MakerInput input, CancellationToken cancellationToken)
    {
        var (name, prefecture, profile) = (input.NameJa?.Trim() ?? "", input.PrefectureCode?.Trim() ?? "", input.ProfileJa?.Trim() ?? "");
        var craftIds = input.CraftIds.Distinct().ToList();
        var problems = CraftMaker.Problems(name, prefecture, profile, craftIds.Count).Select(p => new CraftFieldProblem(p.Field, p.Problem)).ToList();
        if (!Enum.TryParse<CraftMakerKind>(input.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            problems.Add(new("Kind", CraftProblem.Required));
        }

        if (craftIds.Count > 0 && await db.Crafts.CountAsync(c => craftIds.Contains(c.Id), cancellationToken) != craftIds.Count)
        {
            problems.Add(new("CraftIds", CraftProblem.UnknownCraft));
        }

        if (problems.Count > 0)
        {
            return (problems, 0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var maker = await db.CraftMakers.Include(m => m.Crafts).SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (maker is null)
        {
            maker = new CraftMaker { UserId = userId, NameJa = name, PrefectureCode = prefecture };
            db.CraftMakers.Add(maker);
        }

        maker.NameJa = name;
        maker.Kind = kind;
        maker.PrefectureCode = prefecture;
        maker.ProfileJa = profile;
        maker.UpdatedAtUtc = now;
        maker.Crafts.RemoveAll(c => !craftIds.Contains(c.CraftId));
        maker.Crafts.AddRange(craftIds.Where(id => maker.Crafts.All(c => c.CraftId != id)).Select(id => new CraftMakerCraft { CraftId = id }));
        await db.SaveChangesAsync(cancellationToken);
        return ([], maker.Id);
    }

    /// <summary>Adds a photo to the account's own profile; the problem when refused (nothing stored).</summary>
    public async Task<CraftProblem?> AddImageAsync(string userId, byte[] content, string? caption, CancellationToken cancellationToken)
    {
        var maker = await db.CraftMakers.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (maker is null)
        {
            return CraftProblem.NoProfile;
        }

        caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        if (caption?.Length > CraftMakerImage.MaxCaptionLength)
        {
            return CraftProblem.TooLong;
        }

        var count = await db.CraftMakerImages.CountAsync(i => i.MakerId == maker.Id, cancellationToken);
        if (CraftMakerImage.Problem(content, count, CraftMaker.MaxImages) is { } problem)
        {
            return problem;
        }

        db.CraftMakerImages.Add(new CraftMakerImage
        {
            MakerId = maker.Id,
            ContentType = EnterpriseImage.DetectContentType(content)!,
            Content = content,
            Caption = caption,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes one of the account's own photos; false when the image is not the account's (nothing removed).</summary>
    public async Task<bool> RemoveImageAsync(string userId, int imageId, CancellationToken cancellationToken)
    {
        var image = await (
                from i in db.CraftMakerImages
                join m in db.CraftMakers on i.MakerId equals m.Id
                where i.Id == imageId && m.UserId == userId
                select i)
            .SingleOrDefaultAsync(cancellationToken);
        if (image is null)
        {
            return false;
        }

        db.CraftMakerImages.Remove(image);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
