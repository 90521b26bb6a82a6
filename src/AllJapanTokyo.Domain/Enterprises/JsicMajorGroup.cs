using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Domain.Enterprises;

/// <summary>A JSIC major group: its letter and its name in the portal's four languages.</summary>
public readonly record struct JsicGroup(string Code, LocalizedText Name)
{
    /// <summary>The Japanese name (for pages that have not moved to <see cref="Name"/> yet).</summary>
    public string NameJa => Name?.Ja ?? "";

    /// <summary>The English name (for pages that have not moved to <see cref="Name"/> yet).</summary>
    public string NameEn => Name?.En ?? "";
}

/// <summary>
/// 日本標準産業分類 (JSIC, rev. 14) major groups, the industry field of an enterprise, named in four languages like the
/// portal's other reference data (the Chinese and Korean are the portal's translations of the Japanese names).
/// </summary>
public static class JsicMajorGroup
{
    public static readonly IReadOnlyList<JsicGroup> All =
    [
        new("A", new("農業，林業", "Agriculture and forestry", "农业、林业", "농업, 임업")),
        new("B", new("漁業", "Fisheries", "渔业", "어업")),
        new("C", new("鉱業，採石業，砂利採取業", "Mining and quarrying", "矿业、采石业、砂石采集业", "광업, 채석업, 자갈 채취업")),
        new("D", new("建設業", "Construction", "建筑业", "건설업")),
        new("E", new("製造業", "Manufacturing", "制造业", "제조업")),
        new("F", new("電気・ガス・熱供給・水道業", "Electricity, gas, heat supply and water", "电力、燃气、热力供应、供水业", "전기·가스·열 공급·수도업")),
        new("G", new("情報通信業", "Information and communications", "信息通信业", "정보통신업")),
        new("H", new("運輸業，郵便業", "Transport and postal activities", "运输业、邮政业", "운수업, 우편업")),
        new("I", new("卸売業，小売業", "Wholesale and retail trade", "批发业、零售业", "도매업, 소매업")),
        new("J", new("金融業，保険業", "Finance and insurance", "金融业、保险业", "금융업, 보험업")),
        new("K", new("不動産業，物品賃貸業", "Real estate and goods rental", "房地产业、物品租赁业", "부동산업, 물품 임대업")),
        new("L", new("学術研究，専門・技術サービス業", "Scientific research, professional and technical services", "学术研究、专业和技术服务业", "학술 연구, 전문·기술 서비스업")),
        new("M", new("宿泊業，飲食サービス業", "Accommodations, eating and drinking services", "住宿业、餐饮服务业", "숙박업, 음식 서비스업")),
        new("N", new("生活関連サービス業，娯楽業", "Living-related and personal services and amusement", "生活相关服务业、娱乐业", "생활 관련 서비스업, 오락업")),
        new("O", new("教育，学習支援業", "Education, learning support", "教育、学习支援业", "교육, 학습 지원업")),
        new("P", new("医療，福祉", "Medical, health care and welfare", "医疗、福利", "의료, 복지")),
        new("Q", new("複合サービス事業", "Compound services", "复合服务业", "복합 서비스 사업")),
        new("R", new("サービス業（他に分類されないもの）", "Services, n.e.c.", "服务业（未归入其他类别）", "서비스업(달리 분류되지 않은 것)")),
        new("S", new("公務（他に分類されるものを除く）", "Government, n.e.c.", "公务（归入其他类别者除外）", "공무(달리 분류되는 것 제외)")),
        new("T", new("分類不能の産業", "Industries unable to classify", "无法分类的产业", "분류 불능 산업")),
    ];

    public static bool IsValid(string? code) => code is { Length: 1 } && All.Any(g => g.Code == code);

    /// <summary>The group's name, or null for a letter that is not a major group.</summary>
    public static LocalizedText? Name(string? code) => All.FirstOrDefault(g => g.Code == code).Name;
}
