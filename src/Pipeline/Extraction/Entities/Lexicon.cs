using System.Collections.Frozen;
using Pipeline.Index;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// The entities Pipeline knows by name (companies, elements, materials, organisations, countries,
/// places, people) and every way texts write them, read from config/lexicon/entities*.yaml.
/// </summary>
public sealed class Lexicon
{
    public const string FilePattern = "entities*.yaml";

    public const string ConceptFilePattern = "concepts*.yaml";

    private readonly FrozenDictionary<string, LexiconEntity> _byId;
    private readonly FrozenDictionary<string, AliasTarget[]> _byAlias;
    private readonly ILookup<string, string> _wholes;

    /// <summary>A lexicon of the given entities; <paramref name="ignored"/> phrases are never entities (US$).</summary>
    public Lexicon(IEnumerable<LexiconEntity> entities, IEnumerable<string>? ignored = null, IEnumerable<Concept>? concepts = null)
        : this(new LexiconDefinition(
            [.. entities.Select(e => (e, LexiconSource.InMemory))],
            [.. (ignored ?? []).Select(p => (p, LexiconSource.InMemory))]), [.. concepts ?? []])
    {
    }

    private Lexicon(LexiconDefinition definition, IReadOnlyList<Concept> concepts)
    {
        Entities = [.. definition.Entities.Select(e => e.Entity)];
        Concepts = new ConceptNames(concepts);
        _byId = IndexIds(definition);
        _wholes = Entities.SelectMany(whole => (whole.Parts ?? []).Select(part => (Part: part, Whole: whole.Id))).ToLookup(p => p.Part, p => p.Whole, StringComparer.Ordinal);
        var aliases = LexiconAliases.Collect(definition).Keys.ToList();
        _byAlias = aliases
            .Where(a => a.Targets.Any(t => t.Entity is not null))
            .ToFrozenDictionary(a => a.Key, a => a.Targets.Where(t => t.Entity is not null).ToArray(), StringComparer.Ordinal);
        Matcher = new AliasMatcher(aliases);
        ProtectedTerms = new ProtectedTerms(aliases
            .Where(a => a.Key.Length > 1 && a.Key.Any(AliasKey.IsHan) && !a.Key.Contains(' ', StringComparison.Ordinal))
            .Select(a => a.Key));
    }

    public IReadOnlyList<LexiconEntity> Entities { get; }

    /// <summary>The concepts of concepts*.yaml (price floor, reserves): not entities, but names a search widens to their other names.</summary>
    public ConceptNames Concepts { get; }

    /// <summary>The concepts as the index marks them (<see cref="IndexAnalyzers"/>).</summary>
    public IReadOnlyList<IndexedConcept> IndexedConcepts => [.. Concepts.All.Select(c => new IndexedConcept(c.Id, c.Aliases))];

    /// <summary>The Chinese aliases (two characters or more, normalized) for the word segmenter to keep whole.</summary>
    public ProtectedTerms ProtectedTerms { get; }

    internal AliasMatcher Matcher { get; }

    /// <summary>Reads every lexicon file in <paramref name="configFolder"/>/lexicon; throws <see cref="LexiconException"/> naming the file and line at fault.</summary>
    public static Lexicon Load(string configFolder)
    {
        var folder = Path.Combine(configFolder, "lexicon");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, FilePattern).Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            throw new LexiconException(folder, $"no lexicon: no {FilePattern} files");
        }
        var definitions = files.Select(LexiconReader.Read).ToList();
        var conceptFiles = Directory.GetFiles(folder, ConceptFilePattern).Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Concepts: ConceptReader.Read(path))).ToList();
        var lexicon = new Lexicon(
            new LexiconDefinition([.. definitions.SelectMany(d => d.Entities)], [.. definitions.SelectMany(d => d.Ignored)]),
            [.. conceptFiles.SelectMany(f => f.Concepts)]);
        RejectConceptsNamingEntities(lexicon, conceptFiles);
        return lexicon;
    }

    /// <summary>A name is looked up either as an entity or as a concept: a concept alias that names an entity, in any script or case, is refused.</summary>
    private static void RejectConceptsNamingEntities(Lexicon lexicon, IEnumerable<(string Path, IReadOnlyList<Concept> Concepts)> conceptFiles)
    {
        foreach (var (path, concepts) in conceptFiles)
        {
            foreach (var concept in concepts)
            {
                foreach (var alias in concept.Aliases)
                {
                    if (lexicon.FindByAlias(alias) is { } entity)
                    {
                        throw new LexiconException(new LexiconSource(path, null),
                            $"concept '{concept.Id}' has the alias '{alias}', which is a name of the entity '{entity.Id}': a name is either an entity or a concept");
                    }
                }
            }
        }
    }

    /// <summary>The lexicon of the config folder that <see cref="ConfigFolder.Locate"/> finds.</summary>
    public static Lexicon LoadDefault() => Load(ConfigFolder.Locate());

    public LexiconEntity? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entities <paramref name="id"/> is a part of (neodymium: NdPr, NdFeB).</summary>
    public IReadOnlyList<string> WholesOf(string id) => [.. _wholes[id]];

    /// <summary>
    /// How a claim's subject reads: the entity's name, both names for two countries that act
    /// together (australia+united-states: "Australia + United States"), else the id as stored.
    /// </summary>
    public string NameOf(string subject) =>
        Find(subject)?.Name
        ?? (subject.Contains('+') ? string.Join(" + ", subject.Split('+').Select(part => Find(part)?.Name ?? part)) : subject);

    /// <summary>The entity one of whose aliases or symbol is <paramref name="text"/>, in any script and any case.</summary>
    /// <remarks>Where one spelling names two entities by case (EU, Eu), the one written that way wins.</remarks>
    public LexiconEntity? FindByAlias(string text)
    {
        if (!_byAlias.TryGetValue(AliasKey.Of(text), out var targets))
        {
            return null;
        }
        var written = text.Trim();
        var exact = targets.FirstOrDefault(t => t.CasedForms?.Contains(written, StringComparer.Ordinal) == true);
        return (exact ?? targets[0]).Entity;
    }

    private static FrozenDictionary<string, LexiconEntity> IndexIds(LexiconDefinition definition)
    {
        var byId = new Dictionary<string, (LexiconEntity Entity, LexiconSource Source)>(StringComparer.Ordinal);
        foreach (var (entity, source) in definition.Entities)
        {
            if (byId.TryGetValue(entity.Id, out var first))
            {
                throw new LexiconException(source, $"id '{entity.Id}' is already used at {first.Source}");
            }
            byId[entity.Id] = (entity, source);
        }
        foreach (var (entity, source) in definition.Entities)
        {
            if (entity.Owner is { } owner && byId.GetValueOrDefault(owner).Entity?.Kind != EntityKind.Company)
            {
                throw new LexiconException(source, $"'{entity.Id}' has owner '{owner}', which is no company of the lexicon");
            }
            if (entity.Country is { } country && byId.GetValueOrDefault(country).Entity?.Kind != EntityKind.Country)
            {
                throw new LexiconException(source, $"'{entity.Id}' has country '{country}', which is no country of the lexicon");
            }
            if (entity.Parts?.FirstOrDefault(p => !byId.ContainsKey(p)) is { } part)
            {
                throw new LexiconException(source, $"'{entity.Id}' has part '{part}', which is no entity of the lexicon");
            }
        }
        return byId.ToFrozenDictionary(p => p.Key, p => p.Value.Entity, StringComparer.Ordinal);
    }
}
