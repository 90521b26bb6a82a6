using System.Text.Json.Nodes;

namespace AllJapanTokyo.Web.Areas.Procurement.Ocds;

/// <summary>
/// The OCDS 1.1 merge (https://standard.open-contracting.org/1.1/en/schema/merging/): the releases of one contracting
/// process, oldest first, folded into its compiled release. A field a later release gives replaces the earlier value;
/// a field it leaves out keeps it; null removes it. Objects merge field by field; an array of objects that all have an
/// "id" merges item by item on that id (identifier merge); any other array is replaced whole. The compiled release is
/// tagged "compiled" and carries the last release's date.
/// </summary>
public static class OcdsMerge
{
    public static JsonObject Compile(IEnumerable<JsonObject> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        // Oldest first; releases of the same moment keep their order (a stable sort).
        var ordered = releases.Select((r, i) => (r, i)).OrderBy(x => (string?)x.r["date"], StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.r).ToList();
        var compiled = new JsonObject();
        foreach (var release in ordered)
        {
            MergeInto(compiled, release);
        }

        if (ordered.Count > 0)
        {
            compiled["id"] = $"{(string?)compiled["ocid"]}-{(string?)compiled["date"]}";
            compiled["tag"] = new JsonArray("compiled");
        }

        return compiled;
    }

    private static void MergeInto(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject sourceObject && target[name] is JsonObject targetObject)
            {
                MergeInto(targetObject, sourceObject);
            }
            else if (value is JsonArray sourceArray && target[name] is JsonArray targetArray && IsIdentified(sourceArray) && IsIdentified(targetArray))
            {
                MergeById(targetArray, sourceArray);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }

    private static void MergeById(JsonArray target, JsonArray source)
    {
        foreach (var item in source.Cast<JsonObject>())
        {
            var id = item["id"]!.ToJsonString();
            if (target.Cast<JsonObject>().FirstOrDefault(t => t["id"]!.ToJsonString() == id) is { } existing)
            {
                MergeInto(existing, item);
            }
            else
            {
                target.Add(item.DeepClone());
            }
        }
    }

    private static bool IsIdentified(JsonArray array) =>
        array.Count > 0 && array.All(item => item is JsonObject o && o["id"] is JsonValue);
}
