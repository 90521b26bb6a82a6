using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Textiles;

namespace AllJapanTokyo.Web.Areas.Textiles.Regions;

/// <summary>Why a region's field was refused; the web layer words it.</summary>
public enum RegionProblem
{
    Required,
    TooLong,
    UnknownPrefecture,
    NotYourPrefecture,
    NotAnHttpsAddress,
    DuplicateName,
}

/// <summary>A refused field of a region (the CSV column's name), with its problem.</summary>
public sealed record RegionFieldProblem(string Field, RegionProblem Problem);

/// <summary>A production region as staff type it, in the form or as a CSV line: the same fields and one set of rules.</summary>
public sealed class RegionInput
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "prefecture_code", "other_prefecture_codes", "name_ja", "name_en", "materials", "processes", "minimum_lot", "lead_time",
        "sample_policy", "contact", "photo_url",
    ];

    public string? PrefectureCode { get; set; }
    public string? OtherPrefectureCodes { get; set; }
    public string? NameJa { get; set; }
    public string? NameEn { get; set; }
    public string? Materials { get; set; }
    public string? Processes { get; set; }
    public string? MinimumLot { get; set; }
    public string? LeadTime { get; set; }
    public string? SamplePolicy { get; set; }
    public string? Contact { get; set; }
    public string? PhotoUrl { get; set; }

    public static RegionInput From(ProductionRegion region) => new()
    {
        PrefectureCode = region.PrefectureCode,
        OtherPrefectureCodes = region.OtherPrefectureCodes,
        NameJa = region.NameJa,
        NameEn = region.NameEn,
        Materials = region.MaterialsJa,
        Processes = region.ProcessesJa,
        MinimumLot = region.MinimumLotJa,
        LeadTime = region.LeadTimeJa,
        SamplePolicy = region.SamplePolicyJa,
        Contact = region.ContactJa,
        PhotoUrl = region.PhotoUrl,
    };

    public static RegionInput FromCsv(Func<string, string> field) => new()
    {
        PrefectureCode = field("prefecture_code"),
        OtherPrefectureCodes = field("other_prefecture_codes"),
        NameJa = field("name_ja"),
        NameEn = field("name_en"),
        Materials = field("materials"),
        Processes = field("processes"),
        MinimumLot = field("minimum_lot"),
        LeadTime = field("lead_time"),
        SamplePolicy = field("sample_policy"),
        Contact = field("contact"),
        PhotoUrl = field("photo_url"),
    };
}

/// <summary>The rules of a region's entry, shared by the form and the CSV import.</summary>
public static class RegionRules
{
    /// <summary>
    /// Checks the input and, when it passes, writes it into <paramref name="region"/>. <paramref name="actorPrefecture"/>
    /// is the staff member's prefecture; Tokyo staff may keep any region. A prefecture's staff may name other
    /// prefectures a region spans, but the region must be theirs.
    /// </summary>
    public static List<RegionFieldProblem> Apply(RegionInput input, ProductionRegion region, string? actorPrefecture, bool isTokyoStaff)
    {
        var problems = new List<RegionFieldProblem>();
        var prefecture = Trim(input.PrefectureCode);
        if (prefecture is null)
        {
            problems.Add(new("prefecture_code", RegionProblem.Required));
        }
        else if (!Prefecture.IsValidCode(prefecture))
        {
            problems.Add(new("prefecture_code", RegionProblem.UnknownPrefecture));
        }
        else
        {
            prefecture = Prefecture.NormalizeCode(prefecture);
            if (!isTokyoStaff && prefecture != actorPrefecture)
            {
                problems.Add(new("prefecture_code", RegionProblem.NotYourPrefecture));
            }
        }

        var others = (Trim(input.OtherPrefectureCodes) ?? "").Split([',', '、', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (others.Any(o => !Prefecture.IsValidCode(o)))
        {
            problems.Add(new("other_prefecture_codes", RegionProblem.UnknownPrefecture));
        }

        var name = Text(input.NameJa, "name_ja", ProductionRegion.NameMaxLength, required: true, problems);
        var nameEn = Text(input.NameEn, "name_en", ProductionRegion.NameMaxLength, required: false, problems);
        var materials = Text(input.Materials, "materials", ProductionRegion.TextMaxLength, required: true, problems);
        var processes = Text(input.Processes, "processes", ProductionRegion.TextMaxLength, required: false, problems);
        var lot = Text(input.MinimumLot, "minimum_lot", ProductionRegion.TextMaxLength, required: false, problems);
        var lead = Text(input.LeadTime, "lead_time", ProductionRegion.TextMaxLength, required: false, problems);
        var sample = Text(input.SamplePolicy, "sample_policy", ProductionRegion.TextMaxLength, required: false, problems);
        var contact = Text(input.Contact, "contact", ProductionRegion.TextMaxLength, required: false, problems);
        var photo = Trim(input.PhotoUrl);
        if (photo is not null && (photo.Length > 500 || !Uri.TryCreate(photo, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add(new("photo_url", RegionProblem.NotAnHttpsAddress));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        region.PrefectureCode = prefecture!;
        region.OtherPrefectureCodes = string.Join(",", others.Select(Prefecture.NormalizeCode).Where(o => o != prefecture).Distinct());
        region.NameJa = name!;
        region.NameEn = nameEn;
        region.MaterialsJa = materials!;
        region.ProcessesJa = processes ?? "";
        region.MinimumLotJa = lot ?? "";
        region.LeadTimeJa = lead ?? "";
        region.SamplePolicyJa = sample ?? "";
        region.ContactJa = contact ?? "";
        region.PhotoUrl = photo;
        return problems;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Text(string? text, string field, int max, bool required, List<RegionFieldProblem> problems)
    {
        var value = Trim(text);
        if (value is null && required)
        {
            problems.Add(new(field, RegionProblem.Required));
        }
        else if (value is not null && value.Length > max)
        {
            problems.Add(new(field, RegionProblem.TooLong));
        }

        return value;
    }
}
