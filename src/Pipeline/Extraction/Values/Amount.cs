namespace Pipeline.Extraction.Values;

/// <summary>
/// A number with what was written around it, before it becomes a measure: a currency (before or
/// after it), a unit, and for prices the mass unit they are per. [Start, End) in normalized text.
/// </summary>
internal readonly record struct Amount(int Start, int End, NumberToken Number, double Value)
{
    public UnitDef? Currency { get; init; }

    public UnitDef? Unit { get; init; }

    public UnitDef? Per { get; init; }

    /// <summary>Where the unit word ends (before any price "per" part), for the end of a range's first half.</summary>
    public int UnitEnd { get; init; }

    /// <summary>The unit word as written (normalized), for the stated unit of Chinese magnitudes (万吨).</summary>
    public string UnitText { get; init; } = "";

    /// <summary>A fraction whose share has no end in decimals (三分之一, a third: 33.3…%), so the value is approximate.</summary>
    public bool Recurring { get; init; }

    public bool HasUnit => Currency is not null || Unit is not null;

    /// <summary>The canonical unit this amount is measured in, to tell whether two halves of a range agree.</summary>
    public string UnitKey => Currency is { } c ? c.Code + "/" + Per?.Code : Unit is { } u ? u.Category + ":" + u.Code : "";
}
