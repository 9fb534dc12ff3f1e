using System.Text.Json;

namespace Pipeline.Storage;

/// <summary>One value group of a stored dispute, as a snapshot: its value and its claims' fingerprints.</summary>
public sealed record DisputeGroup(string Value, IReadOnlyList<string> Fingerprints, bool Dissent)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<DisputeGroup> groups) => JsonSerializer.Serialize(groups, Json);

    public static IReadOnlyList<DisputeGroup> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<DisputeGroup>>(json, Json) ?? [];
}
