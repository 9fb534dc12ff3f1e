namespace Pipeline.Jobs;

/// <summary>A job that a caller waits for failed: the message names the job and says why.</summary>
public sealed class JobFailedException(string message) : Exception(message);
