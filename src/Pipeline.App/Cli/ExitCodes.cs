namespace Pipeline.App.Cli;

/// <summary>The exit codes every command keeps.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;
}
