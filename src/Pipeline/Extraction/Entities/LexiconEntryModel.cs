using YamlDotNet.Serialization;

namespace Pipeline.Extraction.Entities;

/// <summary>One entry of an entities*.yaml file as written, before validation.</summary>
internal sealed class LexiconEntryModel
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public List<string>? Aliases { get; set; }

    public List<string>? CasedAliases { get; set; }

    public string? Symbol { get; set; }

    public bool MatchSymbol { get; set; } = true;

    public string? Owner { get; set; }

    public string? Country { get; set; }

    public List<string>? Parts { get; set; }

    /// <summary>The 1-based line the entry starts on, set while reading.</summary>
    [YamlIgnore]
    public int Line { get; set; }
}
