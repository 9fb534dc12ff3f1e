using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using MemoryPack;

namespace Pipeline.Storage;

/// <summary>
/// A document's mentions to and from their packed form: a format byte, the length of the
/// serialized mentions, then the mentions in text order as MemoryPack writes them (lengths and
/// numbers, no names), Brotli-compressed. Uncompressed, the fixed-width numbers and empty members
/// of a mention took about 130 bytes, several times the text it stands for; compressed, about 20.
/// </summary>
internal static class MentionPacking
{
    // Bumped if the packed form ever changes in a way MemoryPack's add-at-the-end rule cannot carry.
    private const byte Format = 1;
    private const int Header = 1 + sizeof(int);

    // Fastest level, and a 64 KiB window (a document's mentions rarely serialize to more): the
    // default 4 MiB window made every document's encoder allocate and clear megabytes.
    private const int Quality = 1;
    private const int Window = 16;

    // Serialized mentions, before compression: one buffer per thread, reused for every document.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_serialized;

    public static DocumentMentions Pack(int documentId, IEnumerable<MentionRecord> mentions) => Pack(mentions).For(documentId);

    /// <summary>The mentions packed, whichever document they belong to (the packed form does not name it).</summary>
    public static PackedMentions Pack(IEnumerable<MentionRecord> mentions)
    {
        var ordered = InStartOrder(mentions);
        var serialized = t_serialized ??= new ArrayBufferWriter<byte>();
        serialized.ResetWrittenCount();
        MemoryPackSerializer.Serialize(serialized, ordered);
        var bound = Header + BrotliEncoder.GetMaxCompressedLength(serialized.WrittenCount);
        var packed = ArrayPool<byte>.Shared.Rent(bound);
        try
        {
            packed[0] = Format;
            BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(1), serialized.WrittenCount);
            if (!BrotliEncoder.TryCompress(serialized.WrittenSpan, packed.AsSpan(Header, bound - Header), out var written, Quality, Window))
            {
                throw new InvalidOperationException($"{ordered.Length} mentions could not be compressed");
            }
            return new PackedMentions(ordered.Length, packed[..(Header + written)]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }

    /// <summary>
    /// The mentions by start, stably: mentions at one offset keep the order they were found in. They
    /// mostly come in that order already (<see cref="Extraction.MentionExtractor"/>'s), and then are not sorted again.
    /// </summary>
    private static MentionRecord[] InStartOrder(IEnumerable<MentionRecord> mentions)
    {
        var found = mentions as MentionRecord[] ?? [.. mentions];
        for (var i = 1; i < found.Length; i++)
        {
            if (found[i].Start < found[i - 1].Start)
            {
                return [.. found.OrderBy(m => m.Start)];
            }
        }
        return found;
    }

    public static IReadOnlyList<MentionRecord> Unpack(DocumentMentions stored)
    {
        var packed = stored.Packed;
        var serialized = packed.Length >= Header && packed[0] == Format ? new byte[BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1))] : null;
        if (serialized is null || !BrotliDecoder.TryDecompress(packed.AsSpan(Header), serialized, out var written) || written != serialized.Length)
        {
            throw new InvalidDataException($"the mentions of document {stored.DocumentId} are in a format this version cannot read; run `pipeline reindex`");
        }
        var mentions = MemoryPackSerializer.Deserialize<MentionRecord[]>(serialized) ?? [];
        foreach (var mention in mentions)
        {
            mention.DocumentId = stored.DocumentId;
        }
        return mentions;
    }
}
