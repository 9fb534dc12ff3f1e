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

    /// <summary>
    /// One line on stderr: what went wrong and where. Control characters are written as escapes (\n,
    /// \x1B), so a file name holding a newline cannot split the line or forge another.
    /// </summary>
    public static void Fail(string message) => Console.Error.WriteLine($"pipeline: {OneLine(message)}");

    internal static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }
        var line = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            line.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }
        return line.ToString();
    }
}
