using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>
/// A document's mentions in the form the store writes them (<see cref="MentionPacking"/>), made before
/// the document has an id. Packing needs no database: ingestion packs a batch on every core while it
/// reads it, and the store's one thread only writes the bytes.
/// </summary>
public sealed class PackedMentions
{
    internal PackedMentions(int count, byte[] bytes)
    {
        Count = count;
        Bytes = bytes;
    }

    public int Count { get; }

    internal byte[] Bytes { get; }

    public static PackedMentions Of(IReadOnlyList<Mention> mentions) => MentionPacking.Pack(mentions);

    internal DocumentMentions For(int documentId) => new() { DocumentId = documentId, Count = Count, Packed = Bytes };
}
