namespace Pipeline.Index;

/// <summary>A query the parser cannot read; the message says where and why, in one line.</summary>
public sealed class InvalidSearchQueryException(string message, Exception inner) : Exception(message, inner);
