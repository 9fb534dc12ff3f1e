using MemoryPack;
using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>
/// A stored mention of a document: an entity, or a value with its normalized interval, or a date.
/// Stored packed with the document's other mentions (<see cref="DocumentMentions"/>), never as a row of its own.
/// </summary>
/// <remarks>
/// <see cref="CompactMentions"/> writes each member by hand, from <see cref="MentionFields"/>: a member
/// added here must be added there, and written and read, too (MentionPackingTests round-trips every
/// member, found by reflection). Format 1, still read, is MemoryPack's layout of the members below in
/// this order, enums by number: add members at the end and enum members after the last, never
/// reorder or remove.
/// </remarks>
[MemoryPackable]
public sealed partial class MentionRecord
{
    /// <summary>Set on reading: the packed form does not repeat its document.</summary>
    [MemoryPackIgnore]
    public int DocumentId { get; set; }

    public MentionKind Kind { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string Surface { get; set; } = "";
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
