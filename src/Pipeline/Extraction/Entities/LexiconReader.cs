using System.Collections.Frozen;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Pipeline.Extraction.Entities;

/// <summary>Reads and checks one entities*.yaml file; cross-file checks are the lexicon's.</summary>
internal static class LexiconReader
{
    private static readonly FrozenDictionary<string, EntityKind> Kinds = new Dictionary<string, EntityKind>
    {
        ["company"] = EntityKind.Company,
        ["element"] = EntityKind.Element,
        ["material"] = EntityKind.Material,
        ["organisation"] = EntityKind.Organisation,
        ["organization"] = EntityKind.Organisation,
        ["country"] = EntityKind.Country,
        ["place"] = EntityKind.Place,
        ["person"] = EntityKind.Person,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static LexiconDefinition Read(string path)
    {
        LexiconFileModel? file;
        try
        {
            file = ConfigFile.Read<LexiconFileModel>(path,
                builder => builder.WithNodeDeserializer(inner => new LineRecordingDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>()),
                Reason);
        }
        catch (ConfigException e)
        {
            throw new LexiconException(new LexiconSource(path, e.Line), e.Reason!, e.InnerException);
        }
        if (file?.Entities is not { Count: > 0 } entries)
        {
            throw new LexiconException(new LexiconSource(path, null), "no entities: the file needs an `entities:` list");
        }
        var entities = entries.Select(entry => (ToEntity(entry, path), new LexiconSource(path, entry.Line))).ToList();
        var ignored = (file.Ignore ?? []).Select(phrase => (phrase, new LexiconSource(path, null))).ToList();
        return new LexiconDefinition(entities, ignored);
    }

    private static LexiconEntity ToEntity(LexiconEntryModel entry, string file)
    {
        var source = new LexiconSource(file, entry.Line);
        var id = Required(entry.Id, "id", source);
        if (!IsKebabCase(id))
        {
            throw new LexiconException(source, $"id '{id}' must be kebab-case: lower-case letters and digits joined by '-'");
        }
        if (id.Length > LexiconEntity.MaxIdLength)
        {
            throw new LexiconException(source, $"id '{id}' is longer than {LexiconEntity.MaxIdLength} characters, the most a claim keeps as its scope");
        }
        var kindText = Required(entry.Kind, "kind", source);
        if (!Kinds.TryGetValue(kindText.Trim(), out var kind))
        {
            throw new LexiconException(source, $"'{id}' has unknown kind '{kindText}' (known: company, element, material, organisation, country, place, person)");
        }
        var name = Required(entry.Name, "name", source);
        var aliases = Clean(entry.Aliases, id, "aliases", source);
        var cased = Clean(entry.CasedAliases, id, "cased_aliases", source);
        if (aliases.Count + cased.Count == 0)
        {
            throw new LexiconException(source, $"'{id}' has no aliases: list at least one under aliases or cased_aliases");
        }
        if (aliases.FirstOrDefault(AliasKey.IsShortLatin) is { } shortAlias)
        {
            throw new LexiconException(source, $"'{id}': the short alias '{shortAlias}' collides with ordinary words; list it under cased_aliases");
        }
        var symbol = entry.Symbol?.Trim();
        if (symbol is not null && !IsSymbol(symbol))
        {
            throw new LexiconException(source, $"'{id}' has symbol '{symbol}': a symbol is one capital letter and up to two small ones (Nd)");
        }
        var owner = entry.Owner?.Trim();
        if (owner is not null && (kind != EntityKind.Place || !IsKebabCase(owner)))
        {
            throw new LexiconException(source, $"'{id}' has owner '{owner}': only a place has an owner, given as a company's id");
        }
        var country = entry.Country?.Trim();
        if (country is not null && (kind is not (EntityKind.Place or EntityKind.Organisation) || !IsKebabCase(country)))
        {
            throw new LexiconException(source, $"'{id}' has country '{country}': only a place or an office has a country, given as a country's id");
        }
        var parts = (entry.Parts ?? []).Select(p => p.Trim()).ToList();
        if (parts.FirstOrDefault(p => !IsKebabCase(p) || p == id) is { } part)
        {
            throw new LexiconException(source, $"'{id}' has part '{part}': a part is another entity's id");
        }
        return new LexiconEntity(id, kind, name, aliases, cased, symbol, symbol is { Length: > 1 } && entry.MatchSymbol, owner, country, parts);
    }

    private static string Required(string? value, string field, LexiconSource source) =>
        string.IsNullOrWhiteSpace(value) ? throw new LexiconException(source, $"the entry has no {field}") : value.Trim();

    private static List<string> Clean(List<string>? aliases, string id, string field, LexiconSource source)
    {
        var cleaned = new List<string>();
        foreach (var alias in aliases ?? [])
        {
            if (string.IsNullOrWhiteSpace(alias) || AliasKey.Of(alias).Length == 0)
            {
                throw new LexiconException(source, $"'{id}' has an empty entry under {field}");
            }
            cleaned.Add(alias.Trim());
        }
        return cleaned;
    }

    private static bool IsKebabCase(string id) =>
        id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !id.StartsWith('-') && !id.EndsWith('-') && !id.Contains("--", StringComparison.Ordinal);

    private static bool IsSymbol(string symbol) =>
        symbol.Length is >= 1 and <= 3 && char.IsAsciiLetterUpper(symbol[0]) && symbol.Skip(1).All(char.IsAsciiLetterLower);

    // YamlDotNet's messages name .NET types; say what an analyst should write instead.
    private static string Reason(YamlException e)
    {
        var message = ConfigFile.Reason(e);
        if (message.StartsWith("Property '", StringComparison.Ordinal) && message.Contains(" not found", StringComparison.Ordinal))
        {
            var field = message.Split('\'')[1];
            return $"unknown field '{field}' (known: id, kind, name, aliases, cased_aliases, symbol, match_symbol; at the top: entities, ignore)";
        }
        if (message.Contains("to 'System.Collections.Generic.List", StringComparison.Ordinal) || message.StartsWith("Expected 'SequenceStart'", StringComparison.Ordinal))
        {
            return "expected a list here: [a, b] or one '- item' per line";
        }
        if (message.Contains("into type System.String", StringComparison.Ordinal))
        {
            return "expected a single value here, not a list or a mapping";
        }
        var at = message.IndexOf(" (at Line", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
