using Pipeline.Claims;

namespace Pipeline.CrossCheck;

/// <summary>What claims must share to be compared at all: one fact's subject, measure (attribute), scope and modality.</summary>
public readonly record struct BlockKey(string Subject, string Attribute, string? Scope = null, Modality Modality = Modality.Actual)
{
    public override string ToString() =>
        $"{Subject}/{Attribute}{(Scope is null ? "" : "/" + Scope)}{(Modality == Modality.Actual ? "" : "/" + Modality.ToString().ToLowerInvariant())}";
}
