using System.Buffers;
using MemoryPack;
using MemoryPack.Compression;

namespace Pipeline.Storage;

/// <summary>
/// A document's mentions to and from their packed form: a format byte, then the mentions in text
/// order as MemoryPack writes them (lengths and numbers, no names), Brotli-compressed at its
/// fastest level. Uncompressed, the fixed-width numbers and empty members of a mention took about
/// 130 bytes, several times the text it stands for.
/// </summary>
internal static class MentionPacking
{
    // Bumped if the packed form ever changes in a way MemoryPack's add-at-the-end rule cannot carry.
    private const byte Format = 1;

    public static DocumentMentions Pack(int documentId, IEnumerable<MentionRecord> mentions)
    {
        // Stable: mentions at one offset keep the order they were found in.
        var ordered = mentions.OrderBy(m => m.Start).ToArray();
        using var compressor = new BrotliCompressor();
        MemoryPackSerializer.Serialize(compressor, ordered);
        var packed = new ArrayBufferWriter<byte>();
        packed.Write([Format]);
        compressor.CopyTo(packed);
        return new DocumentMentions { DocumentId = documentId, Count = ordered.Length, Packed = packed.WrittenSpan.ToArray() };
    }

    public static IReadOnlyList<MentionRecord> Unpack(DocumentMentions stored)
    {
        if (stored.Packed.Length == 0 || stored.Packed[0] != Format)
        {
            throw new InvalidDataException($"the mentions of document {stored.DocumentId} are in a format this version cannot read; run `pipeline reindex`");
        }
        using var decompressor = new BrotliDecompressor();
        var mentions = MemoryPackSerializer.Deserialize<MentionRecord[]>(decompressor.Decompress(stored.Packed.AsSpan(1))) ?? [];
        foreach (var mention in mentions)
        {
            mention.DocumentId = stored.DocumentId;
        }
        return mentions;
    }
}
