namespace Pipeline;

/// <summary>
/// A config file (config/*.yaml, config/lexicon/*.yaml) that cannot be read or says something
/// that cannot be: the file, the line when known, and what is wrong, so that an analyst can fix it.
/// Every malformed config file is this one error; the CLI shows it in one line.
/// </summary>
public class ConfigException : Exception
{
    public ConfigException()
    {
    }

    public ConfigException(string message)
        : base(message)
    {
    }

    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConfigException(string file, int? line, string reason, Exception? innerException = null)
        : this(file, line, reason, Describe(file, line, reason), innerException)
    {
    }

    /// <summary>For a type that words its message its own way (the lexicon names a file without its folder).</summary>
    protected ConfigException(string file, int? line, string reason, string message, Exception? innerException)
        : base(message, innerException)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file at fault, as the reader was given it; null when no one file is.</summary>
    public string? File { get; }

    /// <summary>The 1-based line at fault, when known.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string? Reason { get; }

    /// <summary>"file: line 3: reason", with the file shown as <paramref name="showPath"/> says.</summary>
    public string Describe(Func<string, string> showPath)
    {
        ArgumentNullException.ThrowIfNull(showPath);
        return File is null || Reason is null ? Message : Describe(showPath(File), Line, Reason);
    }

    private static string Describe(string file, int? line, string reason) =>
        line is { } n ? $"{file}: line {n}: {reason}" : $"{file}: {reason}";
}
