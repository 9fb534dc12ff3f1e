namespace Pipeline.Storage;

/// <summary>Where an ingestion run stands. A run that stays Running after its process ended crashed.</summary>
public enum IngestionRunStatus
{
    Running,

    /// <summary>The run went through every source (some may have failed: see its errors).</summary>
    Succeeded,

    /// <summary>The run itself stopped on an error (the database, a cancellation).</summary>
    Failed,
}
