using System.Text.Json;

namespace Pipeline.App.Evaluation;

/// <summary>Reads a Recognizers-Text spec file (a JSON array of cases) where it lies.</summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecCase> Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<SpecCase>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var results = new List<SpecResult>();
            if (item.TryGetProperty("Results", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var result in list.EnumerateArray())
                {
                    var resolution = result.TryGetProperty("Resolution", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
                    results.Add(new SpecResult(
                        Text(result, "Text") ?? "",
                        resolution.ValueKind == JsonValueKind.Object ? Value(resolution) : null,
                        resolution.ValueKind == JsonValueKind.Object ? Text(resolution, "unit") : null,
                        resolution.ValueKind == JsonValueKind.Object ? Text(resolution, "isoCurrency") : null));
                }
            }
            var flags = new[] { Text(item, "NotSupported"), Text(item, "NotSupportedByDesign") }.Where(f => f is not null);
            var notSupported = string.Join(", ", flags);
            cases.Add(new SpecCase(Text(item, "Input") ?? "", results, notSupported.Length > 0 ? notSupported : null));
        }
        return cases;
    }

    // Some specs write a missing value as the string "null".
    private static string? Value(JsonElement resolution) => Text(resolution, "value") is { } value && value != "null" ? value : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}
