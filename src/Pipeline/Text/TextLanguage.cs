namespace Pipeline.Text;

/// <summary>Language "zh" or "en"; Script "Hans" or "Hant" for Chinese, null for English.</summary>
public sealed record TextLanguage(string Language, string? Script)
{
    public static TextLanguage English { get; } = new("en", null);

    public static TextLanguage Simplified { get; } = new("zh", "Hans");

    public static TextLanguage Traditional { get; } = new("zh", "Hant");
}
