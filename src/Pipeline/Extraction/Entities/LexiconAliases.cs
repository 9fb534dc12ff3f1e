namespace Pipeline.Extraction.Entities;

/// <summary>
/// Every alias of a lexicon as a matcher key, with what it leads to. A key may lead to several
/// entities only when each wants its own capitalisation (EU the union, Eu the element).
/// </summary>
internal sealed class LexiconAliases
{
    private readonly Dictionary<string, List<(AliasTarget Target, LexiconSource Source)>> _targets = new(StringComparer.Ordinal);

    private LexiconAliases()
    {
    }

    public IEnumerable<(string Key, AliasTarget[] Targets)> Keys =>
        _targets.Select(p => (p.Key, p.Value.Select(t => t.Target).ToArray()));

    public static LexiconAliases Collect(LexiconDefinition definition)
    {
        var aliases = new LexiconAliases();
        foreach (var (entity, source) in definition.Entities)
        {
            foreach (var alias in entity.Aliases)
            {
                aliases.Add(alias, new AliasTarget(entity, null), source);
            }
            foreach (var alias in entity.CasedAliases)
            {
                aliases.Add(alias, new AliasTarget(entity, [alias.Trim()]), source);
            }
            if (entity is { SymbolMatched: true, Symbol: { } symbol })
            {
                aliases.Add(symbol, new AliasTarget(entity, [symbol]), source);
            }
        }
        foreach (var (phrase, source) in definition.Ignored)
        {
            aliases.Add(phrase, new AliasTarget(null, null), source);
        }
        return aliases;
    }

    private void Add(string alias, AliasTarget target, LexiconSource source)
    {
        var key = AliasKey.Of(alias);
        if (key.Length == 0)
        {
            throw new LexiconException(source, $"the alias '{alias}' is empty once normalized");
        }
        if (!_targets.TryGetValue(key, out var existing))
        {
            _targets[key] = [(target, source)];
            return;
        }
        var same = existing.FindIndex(t => t.Target.Entity?.Id == target.Entity?.Id);
        if (same >= 0)
        {
            // The same entity twice (莱纳斯 and 萊納斯): any uncased spelling accepts every case.
            var (first, firstSource) = existing[same];
            var cased = first.CasedForms is null || target.CasedForms is null
                ? null
                : first.CasedForms.Concat(target.CasedForms).Distinct(StringComparer.Ordinal).ToList();
            existing[same] = (first with { CasedForms = cased }, firstSource);
            return;
        }
        var clash = existing.FirstOrDefault(t => t.Target.CasedForms is null || target.CasedForms is null
            || t.Target.CasedForms.Intersect(target.CasedForms, StringComparer.Ordinal).Any());
        if (clash.Target is not null)
        {
            throw new LexiconException(source, $"'{alias}' of {Describe(target)} is already {Describe(clash.Target)} at {clash.Source}");
        }
        existing.Add((target, source));
    }

    private static string Describe(AliasTarget target) =>
        target.Entity is { } entity ? $"'{entity.Id}'" : "an ignored phrase";
}
