namespace Pipeline.Index;

/// <summary>Searching before anything was indexed.</summary>
public sealed class IndexNotFoundException(string message) : Exception(message);
