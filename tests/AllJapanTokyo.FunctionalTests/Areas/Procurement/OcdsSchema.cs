using System.Text.Json;
using Json.Schema;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>
/// The OCDS 1.1.5 release package schema and release schema, read from TestData (never from the network), so a test
/// can say whether a document the portal wrote is a valid release package and, if not, why.
/// </summary>
/// <remarks>
/// The OCDS schemas declare JSON Schema draft 4, which JsonSchema.Net 8 does not ship. For what these two schemas use
/// (type, properties, patternProperties, required, enum, pattern, format, items, minItems, uniqueItems, minLength,
/// $ref, definitions; no boolean exclusiveMinimum) draft 4 and draft 6 mean the same, so draft 4 is registered as
/// draft 6 with unknown keywords (OCDS's codelist, openCodelist, deprecated …, and draft 4's "id") allowed. "id" is what
/// gives draft 4 schemas their URI, so each file is built under its own URI instead: the package schema's $ref to
/// https://standard.open-contracting.org/schema/1__1__5/release-schema.json finds the local release schema.
/// </remarks>
public static class OcdsSchema
{
    public const string ReleaseSchemaUri = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    public const string ReleasePackageSchemaUri = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json";

    private static readonly Lazy<JsonSchema> Package = new(Load);

    /// <summary>Every error the release package schema finds in <paramref name="json"/>, as "location (schema path): message".</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Package.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            // date-time and uri are checked, not only annotated.
            RequireFormatValidation = true,
        });

        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({r.EvaluationPath}) {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid, without details"];
    }

    private static JsonSchema Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "ocds-1.1.5");
        var draft4 = Dialect.Draft06.With([], new Uri("http://json-schema.org/draft-04/schema#"), refIgnoresSiblingKeywords: true, allowUnknownKeywords: true);
        var options = new BuildOptions
        {
            SchemaRegistry = new SchemaRegistry(),
            DialectRegistry = new DialectRegistry(),
            Dialect = draft4,
        };
        options.DialectRegistry.Register(draft4);

        JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, "release-schema.json")), options, new Uri(ReleaseSchemaUri));
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, "release-package-schema.json")), options, new Uri(ReleasePackageSchemaUri));
    }
}
