namespace Pipeline.Sources.Feeds;

/// <summary>A connection not opened because every address of the host is internal and not allowed.</summary>
internal sealed class RefusedAddressException(string message) : IOException(message);
