
namespace Pipeline.Extraction.Entities;

/// <summary>Reads a concepts*.yaml file: a <c>concepts:</c> list of id, name and aliases.</summary>
internal static class ConceptReader
{
    /// <summary>
    /// The concepts of <paramref name="path"/>. A name is looked up either as an entity or as a
    /// concept: an alias that is also a name of one of <paramref name="entities"/> is refused.
    /// </summary>
    public static IReadOnlyList<Concept> Read(string path, IReadOnlyList<LexiconEntity> entities)
    {
        var entityByName = entities
            .SelectMany(e => e.Aliases.Concat(e.CasedAliases).Select(a => (Key: AliasKey.Of(a), e.Id)))
            .DistinctBy(n => n.Key, StringComparer.Ordinal)
            .ToDictionary(n => n.Key, n => n.Id, StringComparer.Ordinal);
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
            if (aliases.FirstOrDefault(a => entityByName.ContainsKey(AliasKey.Of(a))) is { } entityName)
            {
                throw new LexiconException(source,
                    $"concept '{entry.Id}' has the alias '{entityName}', which is a name of the entity '{entityByName[AliasKey.Of(entityName)]}': a name is either an entity or a concept");
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
