namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>日本標準産業分類 (JSIC, rev. 14) major groups, the industry field of an enterprise.</summary>
public static class JsicMajorGroup
{
    public static readonly IReadOnlyList<(string Code, string NameJa, string NameEn)> All =
    [
        ("A", "農業，林業", "Agriculture and forestry"),
        ("B", "漁業", "Fisheries"),
        ("C", "鉱業，採石業，砂利採取業", "Mining and quarrying"),
        ("D", "建設業", "Construction"),
        ("E", "製造業", "Manufacturing"),
        ("F", "電気・ガス・熱供給・水道業", "Electricity, gas, heat supply and water"),
        ("G", "情報通信業", "Information and communications"),
        ("H", "運輸業，郵便業", "Transport and postal activities"),
        ("I", "卸売業，小売業", "Wholesale and retail trade"),
        ("J", "金融業，保険業", "Finance and insurance"),
        ("K", "不動産業，物品賃貸業", "Real estate and goods rental"),
        ("L", "学術研究，専門・技術サービス業", "Scientific research, professional and technical services"),
        ("M", "宿泊業，飲食サービス業", "Accommodations, eating and drinking services"),
        ("N", "生活関連サービス業，娯楽業", "Living-related and personal services and amusement"),
        ("O", "教育，学習支援業", "Education, learning support"),
        ("P", "医療，福祉", "Medical, health care and welfare"),
        ("Q", "複合サービス事業", "Compound services"),
        ("R", "サービス業（他に分類されないもの）", "Services, n.e.c."),
        ("S", "公務（他に分類されるものを除く）", "Government, n.e.c."),
        ("T", "分類不能の産業", "Industries unable to classify"),
    ];

    public static bool IsValid(string? code) => code is { Length: 1 } && All.Any(g => g.Code == code);

    public static string NameJa(string code) => All.FirstOrDefault(g => g.Code == code).NameJa ?? code;
}
