namespace Pipeline.Ingestion;

/// <summary>How far a run has come: sources done out of the total.</summary>
public readonly record struct IngestProgress(int Done, int Total);
