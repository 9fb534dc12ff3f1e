namespace Pipeline.CrossCheck;

/// <summary>What claims must share to be compared at all: the subject and the attribute.</summary>
public readonly record struct BlockKey(string Subject, string Attribute)
{
    public override string ToString() => $"{Subject}/{Attribute}";
}
