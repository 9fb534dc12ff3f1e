using Pipeline.App.Output;
using Pipeline.Text;

namespace Pipeline.App.Web;

/// <summary>
/// The words the language filters take: the search's lang and script, the review queue's lang (language with script).
/// Any other word is answered with a 400 that lists these, rather than with nothing found.
/// </summary>
public static class LanguageFilters
{
    private static readonly TextLanguage[] All = [TextLanguage.English, TextLanguage.Simplified, TextLanguage.Traditional];

    /// <summary>en, zh.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. All.Select(l => l.Language).Distinct()];

    /// <summary>Hans, Hant.</summary>
    public static IReadOnlyList<string> Scripts { get; } = [.. All.Select(l => l.Script).OfType<string>()];

    /// <summary>en, zh-Hans, zh-Hant: how the review queue names a dissent's language.</summary>
    public static IReadOnlyList<string> Labels { get; } = [.. All.Select(l => LanguageLabel.Of(l.Language, l.Script))];

    /// <summary>The word among <paramref name="allowed"/> that <paramref name="value"/> names, whatever its case; null for none or an unknown one.</summary>
    public static string? Find(string? value, IReadOnlyList<string> allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Why <paramref name="value"/> of the filter <paramref name="name"/> is none of <paramref name="allowed"/>, or null when it is one or blank (all).</summary>
    public static string? Unknown(string name, string? value, IReadOnlyList<string> allowed) =>
        string.IsNullOrWhiteSpace(value) || Find(value, allowed) is not null
            ? null
            : $"{name}: unknown '{value.Trim()}'; one of {string.Join(", ", allowed)}, or none for all";
}
