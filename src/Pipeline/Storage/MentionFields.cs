using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>
/// What <see cref="CompactMentions"/> writes of a mention, read from an extracted <see cref="Mention"/>
/// or from a <see cref="MentionRecord"/>: ingestion packs every mention it extracts, and a record of
/// each on the heap first was the largest part of what packing allocated.
/// </summary>
internal readonly record struct MentionFields(
    MentionKind Kind, int Start, int End, string Surface, string? EntityId, EntityKind? EntityKind, bool Verified,
    double? Low, double? High, string? Unit, Qualifier? Qualifier, string? StatedUnit, DateOnly? DateFrom, DateOnly? DateTo)
{
    public static MentionFields Of(Mention mention) => new(
        mention.Kind, mention.Start, mention.End, mention.Surface, mention.EntityId, mention.EntityKind, mention.Verified,
        mention.Value?.Low, mention.Value?.High, mention.Value?.Unit, mention.Value?.Qualifier, mention.Value?.StatedUnit,
        mention.Date?.From, mention.Date?.To);

    public static MentionFields Of(MentionRecord mention) => new(
        mention.Kind, mention.Start, mention.End, mention.Surface, mention.EntityId, mention.EntityKind, mention.Verified,
        mention.Low, mention.High, mention.Unit, mention.Qualifier, mention.StatedUnit, mention.DateFrom, mention.DateTo);
}
