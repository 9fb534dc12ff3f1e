namespace Pipeline.Extraction.Values;

/// <summary>A unit word found in normalized text at [Start, End).</summary>
public readonly record struct UnitMatch(UnitDef Unit, int Start, int End);
