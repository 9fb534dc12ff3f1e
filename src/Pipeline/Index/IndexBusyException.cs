namespace Pipeline.Index;

/// <summary>Another writer held the index for longer than this process would wait.</summary>
public sealed class IndexBusyException(string message) : Exception(message);
