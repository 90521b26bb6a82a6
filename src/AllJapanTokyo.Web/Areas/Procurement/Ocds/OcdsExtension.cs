namespace AllJapanTokyo.Web.Areas.Procurement.Ocds;

/// <summary>
/// The portal's own OCDS extension, "Synthetic data": one release field, <c>x_synthetic</c>, true on tenders generated
/// for demonstration or load tests. Served by the portal (extension.json and the release-schema.json patch beside it)
/// and named in every package's <c>extensions</c>, so OCDS tools know the field instead of reporting it as undeclared.
/// Kept in the code, not read from disk: what the portal serves is what the tests validate against.
/// </summary>
public static class OcdsExtension
{
    public const string FieldName = "x_synthetic";

    /// <summary>extension.json, as the OCDS extension metadata schema asks; "schemas" names the patch beside it.</summary>
    public const string ExtensionJson = """
        {
          "name": {
            "en": "Synthetic data",
            "ja": "架空データ"
          },
          "description": {
            "en": "Adds a release field, x_synthetic, set to true on tenders the ALL JAPAN & TOKYO portal generated for demonstration or load tests. They are not real procurement: leave them out of any count or analysis. The field is absent on real tenders.",
            "ja": "ALL JAPAN & TOKYO ポータルがデモや負荷試験のために生成した案件のリリースに、x_synthetic: true を付けます。実際の調達ではありません。集計や分析から除いてください。実際の案件には付きません。"
          },
          "schemas": ["release-schema.json"],
          "compatibility": ["1.1"]
        }
        """;

    /// <summary>The release-schema.json patch (a JSON Merge Patch on the OCDS release schema).</summary>
    public const string ReleaseSchemaPatch = """
        {
          "properties": {
            "x_synthetic": {
              "title": "Synthetic",
              "description": "True when the release describes a tender generated for demonstration or load tests, not a real procurement (shown on the portal as synthetic data). Absent for real tenders.",
              "type": ["boolean", "null"]
            }
          }
        }
        """;
}
