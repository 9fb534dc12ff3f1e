using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>A stored mention of a document: an entity, or a value with its normalized interval, or a date.</summary>
public sealed class MentionRecord
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public MentionKind Kind { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Surface { get; set; }
    public string? EntityId { get; set; }
    public EntityKind? EntityKind { get; set; }
    public bool Verified { get; set; } = true;
    public double? Low { get; set; }
    public double? High { get; set; }
    public string? Unit { get; set; }
    public Qualifier? Qualifier { get; set; }
    public string? StatedUnit { get; set; }
    public DateOnly? DateFrom { get; set; }
    public DateOnly? DateTo { get; set; }

    public static MentionRecord From(int documentId, Mention mention) => new()
    {
        DocumentId = documentId,
        Kind = mention.Kind,
        Start = mention.Start,
        End = mention.End,
        Surface = mention.Surface,
        EntityId = mention.EntityId,
        EntityKind = mention.EntityKind,
        Verified = mention.Verified,
        Low = mention.Value?.Low,
        High = mention.Value?.High,
        Unit = mention.Value?.Unit,
        Qualifier = mention.Value?.Qualifier,
        StatedUnit = mention.Value?.StatedUnit,
        DateFrom = mention.Date?.From,
        DateTo = mention.Date?.To,
    };
}
