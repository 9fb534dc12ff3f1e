namespace Pipeline.App.Output;

/// <summary>How a document's language shows in lists: zh-Hans, zh-Hant, en.</summary>
public static class LanguageLabel
{
    public static string Of(string language, string? script) =>
        string.IsNullOrEmpty(script) ? language : $"{language}-{script}";
}
