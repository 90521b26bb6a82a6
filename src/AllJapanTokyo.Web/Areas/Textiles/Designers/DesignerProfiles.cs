using System.Security.Claims;
using AllJapanTokyo.Domain.Designers;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Textiles.Designers;

/// <summary>
/// Says whether someone other than the designer and Tokyo staff may read a designer's profile: a measure registers one
/// for the people the designer works with (the regions a request was introduced to; a craft team's makers).
/// </summary>
public interface IDesignerProfileReaders
{
    Task<bool> MayReadAsync(int designerId, ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>The staff of the regions a designer's request was introduced to may read the designer's profile.</summary>
public sealed class IntroducedRegionsReadDesigners(AppDbContext db) : IDesignerProfileReaders
{
    public async Task<bool> MayReadAsync(int designerId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (TextilesActor.Of(user) is not { IsPrefectureStaff: true, PrefectureCode: { } prefecture })
        {
            return false;
        }

        var regions = await (from request in db.DesignRequests
                             where request.DesignerId == designerId
                             join introduction in db.RegionIntroductions on request.Id equals introduction.RequestId
                             join region in db.ProductionRegions on introduction.RegionId equals region.Id
                             select new { region.PrefectureCode, region.OtherPrefectureCodes })
            .Distinct().ToListAsync(cancellationToken);
        return regions.Any(r => r.PrefectureCode == prefecture || r.OtherPrefectureCodes.Split(',').Contains(prefecture));
    }
}

/// <summary>A designer's profile as typed in /designers/me.</summary>
public sealed class DesignerInput
{
    public DesignerKind Kind { get; set; }
    public string? NameJa { get; set; }
    public string? NameEn { get; set; }
    public string? TokyoMunicipality { get; set; }
    public string? Specialties { get; set; }
    public string? Profile { get; set; }
    public string? WebsiteUrl { get; set; }
    public string? Caption { get; set; }

    public static DesignerInput From(Designer designer) => new()
    {
        Kind = designer.Kind,
        NameJa = designer.NameJa,
        NameEn = designer.NameEn,
        TokyoMunicipality = designer.TokyoMunicipalityJa,
        Specialties = designer.SpecialtiesJa,
        Profile = designer.ProfileJa,
        WebsiteUrl = designer.WebsiteUrl,
    };
}

/// <summary>Why a profile edit is refused: a designer problem, or a website that is not an https address.</summary>
public sealed record DesignerFormProblem(string Field, DesignerProblem? Problem, bool WebsiteNotHttps = false);

/// <summary>The designers' profiles: one per account, kept by the designer, read by those the designer works with.</summary>
public sealed class DesignerProfiles(AppDbContext db, IEnumerable<IDesignerProfileReaders> readers, TimeProvider clock)
{
    public Task<Designer?> MineAsync(string userId, CancellationToken cancellationToken) =>
        db.Designers.AsNoTracking().Include(d => d.Images.OrderBy(i => i.Id)).SingleOrDefaultAsync(d => d.UserId == userId, cancellationToken);

    /// <summary>A profile for someone allowed to read it — the designer, Tokyo staff, the people the designer works with — else null.</summary>
    public async Task<Designer?> ReadableAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var designer = await db.Designers.AsNoTracking().Include(d => d.Images.OrderBy(i => i.Id)).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (designer is null || TextilesActor.Of(user) is not { } actor)
        {
            return null;
        }

        if (designer.UserId == actor.UserId || actor.IsTokyoStaff)
        {
            return designer;
        }

        foreach (var reader in readers)
        {
            if (await reader.MayReadAsync(id, user, cancellationToken))
            {
                return designer;
            }
        }

        return null;
    }

    /// <summary>
    /// Creates or updates the signed-in designer's profile, and adds the uploaded image if any; nothing is stored when
    /// any field or the image is refused.
    /// </summary>
    public async Task<IReadOnlyList<DesignerFormProblem>> SaveAsync(string userId, DesignerInput input, byte[]? image, CancellationToken cancellationToken)
    {
        var designer = await db.Designers.Include(d => d.Images).SingleOrDefaultAsync(d => d.UserId == userId, cancellationToken);
        var problems = new List<DesignerFormProblem>();
        var name = input.NameJa?.Trim();
        var municipality = TokyoMunicipalities.Canonical(input.TokyoMunicipality) ?? input.TokyoMunicipality?.Trim();
        var specialties = input.Specialties?.Trim() ?? "";
        var profile = input.Profile?.Trim() ?? "";
        if (Designer.Problem(name, municipality, specialties, profile) is { } problem)
        {
            problems.Add(new(problem switch
            {
                DesignerProblem.NameMissing => "NameJa",
                DesignerProblem.NotTokyoBased => "TokyoMunicipality",
                _ => "Profile",
            }, problem));
        }

        var nameEn = string.IsNullOrWhiteSpace(input.NameEn) ? null : input.NameEn.Trim();
        if (nameEn?.Length > Designer.NameMaxLength)
        {
            problems.Add(new("NameEn", DesignerProblem.TextTooLong));
        }

        var website = string.IsNullOrWhiteSpace(input.WebsiteUrl) ? null : input.WebsiteUrl.Trim();
        if (website is not null && (website.Length > 500 || !Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add(new("WebsiteUrl", null, WebsiteNotHttps: true));
        }

        var caption = string.IsNullOrWhiteSpace(input.Caption) ? null : input.Caption.Trim();
        if (image is not null && DesignerImage.Problem(image, designer?.Images.Count ?? 0) is { } imageProblem)
        {
            problems.Add(new("Image", imageProblem));
        }
        else if (caption?.Length > DesignerImage.MaxCaptionLength)
        {
            problems.Add(new("Caption", DesignerProblem.TextTooLong));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add(new("Kind", DesignerProblem.NameMissing));
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return problems;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (designer is null)
        {
            designer = new Designer { UserId = userId, NameJa = name!, TokyoMunicipalityJa = municipality!, RegisteredAtUtc = now };
            db.Designers.Add(designer);
        }

        designer.Kind = input.Kind;
        designer.NameJa = name!;
        designer.NameEn = nameEn;
        designer.TokyoMunicipalityJa = municipality!;
        designer.SpecialtiesJa = specialties;
        designer.ProfileJa = profile;
        designer.WebsiteUrl = website;
        if (image is not null)
        {
            designer.Images.Add(new DesignerImage
            {
                ContentType = Domain.Enterprises.EnterpriseImage.DetectContentType(image)!,
                Content = image,
                Caption = caption,
                UploadedAtUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Removes one of the signed-in designer's images; false when it is not theirs.</summary>
    public async Task<bool> RemoveImageAsync(string userId, int imageId, CancellationToken cancellationToken)
    {
        var image = await (from i in db.DesignerImages
                           join d in db.Designers on i.DesignerId equals d.Id
                           where i.Id == imageId && d.UserId == userId
                           select i).SingleOrDefaultAsync(cancellationToken);
        if (image is null)
        {
            return false;
        }

        db.DesignerImages.Remove(image);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<DesignerImage?> ImageAsync(int designerId, int imageId, CancellationToken cancellationToken) =>
        db.DesignerImages.AsNoTracking().SingleOrDefaultAsync(i => i.Id == imageId && i.DesignerId == designerId, cancellationToken);
}
