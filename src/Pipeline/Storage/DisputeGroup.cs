using System.Text.Json;

namespace Pipeline.Storage;

/// <summary>One value group of a stored dispute, as a snapshot: its value and its claims' fingerprints.</summary>
/// <param name="Documents">
/// The document of each claim, in the order of <paramref name="Fingerprints"/>, by which the claims
/// are found again. Snapshots from before it was kept gain it from the schema check, with 0 for a
/// claim no longer stored (<see cref="LegacyFingerprintIndex"/>).
/// </param>
public sealed record DisputeGroup(string Value, IReadOnlyList<string> Fingerprints, bool Dissent, IReadOnlyList<int>? Documents = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The group's claims, as they are looked up.</summary>
    public IEnumerable<ClaimReference> References() =>
        (Documents ?? []).Zip(Fingerprints, (document, fingerprint) => new ClaimReference(document, fingerprint));

    public static string Serialize(IReadOnlyList<DisputeGroup> groups) => JsonSerializer.Serialize(groups, Json);

    public static IReadOnlyList<DisputeGroup> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<DisputeGroup>>(json, Json) ?? [];
}
