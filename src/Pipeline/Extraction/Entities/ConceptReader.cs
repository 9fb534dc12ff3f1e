
namespace Pipeline.Extraction.Entities;

/// <summary>Reads a concepts*.yaml file: a <c>concepts:</c> list of id, name and aliases.</summary>
internal static class ConceptReader
{
    public static IReadOnlyList<Concept> Read(string path)
    {
        ConceptFileModel? file;
        try
        {
            file = ConfigFile.Read<ConceptFileModel>(path);
        }
        catch (ConfigException e)
        {
            throw new LexiconException(new LexiconSource(path, e.Line), e.Reason!, e.InnerException);
        }
        var concepts = new List<Concept>();
        foreach (var (entry, index) in (file?.Concepts ?? []).Select((e, i) => (e, i + 1)))
        {
            var source = new LexiconSource(path, null);
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new LexiconException(source, $"concept {index} needs an id and a name");
            }
            var aliases = (entry.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
            if (aliases.Count < 2)
            {
                throw new LexiconException(source, $"concept '{entry.Id}' needs at least two aliases: a concept widens one name to the others");
            }
            concepts.Add(new Concept(entry.Id.Trim(), entry.Name.Trim(), aliases));
        }
        return concepts;
    }

    private sealed class ConceptFileModel
    {
        public List<ConceptEntryModel>? Concepts { get; set; }
    }

    private sealed class ConceptEntryModel
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public List<string>? Aliases { get; set; }
    }
}
