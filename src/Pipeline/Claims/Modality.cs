namespace Pipeline.Claims;

/// <summary>How a figure is meant. Only figures meant the same way are compared.</summary>
public enum Modality
{
    /// <summary>What is, or was: "China controls 90%".</summary>
    Actual,

    /// <summary>What someone aims at: "by 2030", 目标, plans to.</summary>
    Target,

    /// <summary>A limit set by rule: "no more than 65%", 不得超过.</summary>
    Cap,

    /// <summary>What someone expects: expected to, 预计.</summary>
    Forecast,
}
