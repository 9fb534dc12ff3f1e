namespace Pipeline.Claims;

/// <summary>Words that narrow a measure to part of it: a market's demand, each party's share.</summary>
public sealed record ScopeDefinition(string Key, string Name, CueSet Words);
