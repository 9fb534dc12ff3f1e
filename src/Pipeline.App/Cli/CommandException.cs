namespace Pipeline.App.Cli;

/// <summary>A command that cannot go on: its one-line message goes to stderr, its code is the exit code.</summary>
public sealed class CommandException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
