namespace Pipeline.Extraction.Values;

/// <summary>
/// One unit as units.yaml defines it: its category, the canonical unit it converts to
/// (USD, t, m, %, year), how many canonical units one of it is worth, and how it is shown.
/// </summary>
public sealed record UnitDef(UnitCategory Category, string Code, double Factor, string Symbol);
