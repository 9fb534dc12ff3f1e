using Pipeline.Extraction;
using Pipeline.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pipeline.Claims;

/// <summary>The claim attributes an analyst configured in config/attributes.yaml, in their order of precedence.</summary>
public sealed class AttributeCatalog
{
    public const string FileName = "attributes.yaml";
    private const int DefaultWindow = 60;

    private AttributeCatalog(IReadOnlyList<AttributeDefinition> attributes) => Attributes = attributes;

    public IReadOnlyList<AttributeDefinition> Attributes { get; }

    public AttributeDefinition? Find(string key) => Attributes.FirstOrDefault(a => a.Key == key);

    public static AttributeCatalog LoadDefault() => Load(ConfigFolder.Locate());

    public static AttributeCatalog Load(string configFolder)
    {
        var path = Path.Combine(configFolder, FileName);
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        List<AttributeEntry> entries;
        try
        {
            entries = deserializer.Deserialize<List<AttributeEntry>>(File.ReadAllText(path)) ?? [];
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}: line {e.Start.Line}: {e.Message}", e);
        }
        return new AttributeCatalog([.. entries.Select(e => e.ToAttribute(path))]);
    }

    /// <summary>One attribute as written in the YAML file.</summary>
    private sealed class AttributeEntry
    {
        public string Key { get; set; } = "";
        public string? Name { get; set; }
        public string Value { get; set; } = "";
        public List<string> Subject { get; set; } = [];
        public CueEntry Cues { get; set; } = new();
        public CueEntry Veto { get; set; } = new();
        public int? Window { get; set; }

        public AttributeDefinition ToAttribute(string path)
        {
            if (Key.Length == 0)
            {
                throw new InvalidDataException($"{path}: an attribute has no key");
            }
            if (!Enum.TryParse<MentionKind>(Value, ignoreCase: true, out var kind) || kind == MentionKind.Entity)
            {
                throw new InvalidDataException($"{path}: attribute {Key}: value '{Value}' is not a value kind (percentage, money, rate, quantity, count, date)");
            }
            var subjects = Subject.Select(s => Enum.TryParse<EntityKind>(s, ignoreCase: true, out var k)
                ? k
                : throw new InvalidDataException($"{path}: attribute {Key}: subject '{s}' is not an entity kind")).ToList();
            return new AttributeDefinition(Key, Name ?? Key, kind, subjects,
                new CueSet(Cues.Zh, Cues.En, TextNormalizer.Default.NormalizeString),
                new CueSet(Veto.Zh, Veto.En, TextNormalizer.Default.NormalizeString),
                Window ?? DefaultWindow);
        }
    }

    private sealed class CueEntry
    {
        public List<string> Zh { get; set; } = [];
        public List<string> En { get; set; } = [];
    }
}
