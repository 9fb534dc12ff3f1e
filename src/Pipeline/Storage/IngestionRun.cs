using System.Text.Json;
using Pipeline.Sources;

namespace Pipeline.Storage;

/// <summary>One run of the scheduled ingestion: when, why, what it did, and each source that failed.</summary>
public sealed class IngestionRun
{
    private static readonly JsonSerializerOptions ErrorsJson = new(JsonSerializerDefaults.Web);

    public long Id { get; set; }

    /// <summary>What started it: "manual", "nightly".</summary>
    public required string Trigger { get; set; }

    public IngestionRunStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int New { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Failed { get; set; }

    /// <summary>The failures as a JSON array of {source, reason}; read them with <see cref="ReadErrors"/>.</summary>
    public string Errors { get; set; } = "[]";

    public IReadOnlyList<IngestFailure> ReadErrors() =>
        JsonSerializer.Deserialize<List<IngestFailure>>(Errors, ErrorsJson) ?? [];

    public void WriteErrors(IReadOnlyList<IngestFailure> errors) =>
        Errors = JsonSerializer.Serialize(errors, ErrorsJson);
}
