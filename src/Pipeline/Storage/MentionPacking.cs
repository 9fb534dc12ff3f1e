using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using MemoryPack;
using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>
/// A document's mentions to and from their packed form: a format byte, the length of the
/// serialized mentions, then the mentions in text order, Brotli-compressed. Format 2 (written since
/// December 2026) serializes them as <see cref="CompactMentions"/> does, about 20 bytes a mention and
/// 11 compressed; format 1, still read, as MemoryPack lays out <see cref="MentionRecord"/>, about 117
/// and 29.
/// </summary>
internal static class MentionPacking
{
    private const byte MemoryPackFormat = 1;
    private const byte Format = 2;
    private const int Header = 1 + sizeof(int);

    // Fastest level, and a 64 KiB window (a document's mentions rarely serialize to more): the
    // default 4 MiB window made every document's encoder allocate and clear megabytes.
    private const int Quality = 1;
    private const int Window = 16;

    // Serialized mentions, before compression: one buffer per thread, reused for every document.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_serialized;

    public static DocumentMentions Pack(int documentId, IEnumerable<MentionRecord> mentions) =>
        Pack([.. mentions.Select(MentionFields.Of)]).For(documentId);

    /// <summary>Extracted mentions packed, before their document has an id (the packed form does not name it).</summary>
    public static PackedMentions Pack(IReadOnlyList<Mention> mentions)
    {
        var fields = ArrayPool<MentionFields>.Shared.Rent(mentions.Count);
        try
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                fields[i] = MentionFields.Of(mentions[i]);
            }
            return Pack(fields.AsSpan(0, mentions.Count));
        }
        finally
        {
            ArrayPool<MentionFields>.Shared.Return(fields, clearArray: true);
        }
    }

    private static PackedMentions Pack(Span<MentionFields> mentions)
    {
        InStartOrder(mentions);
        var serialized = t_serialized ??= new ArrayBufferWriter<byte>();
        serialized.ResetWrittenCount();
        CompactMentions.Write(serialized, mentions);
        var bound = Header + BrotliEncoder.GetMaxCompressedLength(serialized.WrittenCount);
        var packed = ArrayPool<byte>.Shared.Rent(bound);
        try
        {
            packed[0] = Format;
            BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(1), serialized.WrittenCount);
            if (!BrotliEncoder.TryCompress(serialized.WrittenSpan, packed.AsSpan(Header, bound - Header), out var written, Quality, Window))
            {
                throw new InvalidOperationException($"{mentions.Length} mentions could not be compressed");
            }
            return new PackedMentions(mentions.Length, packed[..(Header + written)]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }

    /// <summary>
    /// Puts the mentions in start order, stably: mentions at one offset keep the order they were found in.
    /// They mostly come in that order already (<see cref="Extraction.MentionExtractor"/>'s), and are then left as they are.
    /// </summary>
    private static void InStartOrder(Span<MentionFields> mentions)
    {
        for (var i = 1; i < mentions.Length; i++)
        {
            if (mentions[i].Start < mentions[i - 1].Start)
            {
                MentionFields[] sorted = [.. mentions.ToArray().OrderBy(m => m.Start)];
                sorted.CopyTo(mentions);
                return;
            }
        }
    }

    public static IReadOnlyList<MentionRecord> Unpack(DocumentMentions stored)
    {
        var packed = stored.Packed;
        var format = packed.Length >= Header ? packed[0] : (byte)0;
        var serialized = format is MemoryPackFormat or Format ? new byte[BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1))] : null;
        if (serialized is null || !BrotliDecoder.TryDecompress(packed.AsSpan(Header), serialized, out var written) || written != serialized.Length)
        {
            throw Unreadable(stored);
        }
        MentionRecord[] mentions;
        try
        {
            mentions = format == Format ? CompactMentions.Read(serialized) : MemoryPackSerializer.Deserialize<MentionRecord[]>(serialized) ?? [];
        }
        catch (InvalidDataException e)
        {
            throw Unreadable(stored, e);
        }
        foreach (var mention in mentions)
        {
            mention.DocumentId = stored.DocumentId;
        }
        return mentions;
    }

    private static InvalidDataException Unreadable(DocumentMentions stored, Exception? inner = null) =>
        new($"the mentions of document {stored.DocumentId} are in a format this version cannot read; run `pipeline reindex`", inner);
}
