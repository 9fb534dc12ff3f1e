namespace Pipeline.Sources;

/// <summary>Extracted, cleaned text of one source file, in its own script, plus what the file says about itself.</summary>
public sealed record SourceText(string Text, string? Title, DateOnly? PublishedOn);
