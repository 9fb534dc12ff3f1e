namespace Pipeline.Storage;

/// <summary>
/// Where documents live. Without a connection string: SQLite file <c>pipeline.db</c> in
/// <paramref name="DataDirectory"/>. See <see cref="PipelineDatabase.Open"/> for the forms accepted.
/// </summary>
public sealed record StorageOptions(string DataDirectory, string? ConnectionString = null);
