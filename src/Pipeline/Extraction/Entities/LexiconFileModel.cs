namespace Pipeline.Extraction.Entities;

/// <summary>One entities*.yaml file as YamlDotNet reads it (underscored names: cased_aliases).</summary>
internal sealed class LexiconFileModel
{
    public List<LexiconEntryModel>? Entities { get; set; }

    /// <summary>Phrases that are never entities and hide the names inside them (US$).</summary>
    public List<string>? Ignore { get; set; }
}
