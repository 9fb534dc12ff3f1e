namespace Pipeline.Claims;

/// <summary>
/// Words that narrow a measure to part of it: a market's demand, each party's share, a kind of
/// tariff. <paramref name="Measures"/> names the measures it narrows; empty, it narrows any.
/// </summary>
public sealed record ScopeDefinition(string Key, string Name, CueSet Words, IReadOnlySet<string> Measures)
{
    /// <summary>Also read from the clause right after the value's, when that clause has no value ("…, with Iluka contributing an equal amount").</summary>
    public bool NextClause { get; init; }

    public bool Narrows(string measure) => Measures.Count == 0 || Measures.Contains(measure);
}
