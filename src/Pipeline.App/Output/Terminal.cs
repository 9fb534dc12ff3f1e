using Spectre.Console;

namespace Pipeline.App.Output;

/// <summary>
/// The two consoles: results on stdout, progress and errors on stderr, so that piping
/// stdout (or --json) never catches a progress bar.
/// </summary>
public static class Terminal
{
    public static IAnsiConsole Out { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Out),
    });

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>Progress bars only where a person watches stderr.</summary>
    public static bool ShowsProgress => !Console.IsErrorRedirected;

    /// <summary>The markup color of a severity: red for high, yellow for medium, grey for low.</summary>
    public static string ColorOf(CrossCheck.ConflictSeverity severity) => severity switch
    {
        CrossCheck.ConflictSeverity.High => "red",
        CrossCheck.ConflictSeverity.Medium => "yellow",
        _ => "grey",
    };

    /// <summary>One line on stderr: what went wrong and where.</summary>
    public static void Fail(string message) => Console.Error.WriteLine($"pipeline: {message}");
}
