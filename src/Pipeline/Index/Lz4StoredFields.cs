using K4os.Compression.LZ4;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// LZ4 for the stored fields, from K4os.Compression.LZ4 instead of Lucene.Net's own port: the
/// same block format and about the same size on disk, but the port copies each match with a
/// call of its own, and reading the texts of a page of hits back took a fifth of a search on
/// the 50 MB benchmark.
/// </summary>
internal sealed class Lz4StoredFields : CompressionMode
{
    public static Lz4StoredFields Mode { get; } = new();

    public override Compressor NewCompressor() => new Lz4Compressor();

    public override Decompressor NewDecompressor() => new Lz4Decompressor();

    public override string ToString() => "K4os LZ4";

    /// <summary>A chunk as its compressed length, then the LZ4 block.</summary>
    private sealed class Lz4Compressor : Compressor
    {
        private byte[] _buffer = [];

        public override void Compress(byte[] bytes, int off, int len, DataOutput output)
        {
            var bound = LZ4Codec.MaximumOutputSize(len);
            if (_buffer.Length < bound)
            {
                _buffer = new byte[bound];
            }
            var written = LZ4Codec.Encode(bytes, off, len, _buffer, 0, bound);
            output.WriteVInt32(written);
            output.WriteBytes(_buffer, 0, written);
        }
    }

    private sealed class Lz4Decompressor : Decompressor
    {
        private byte[] _compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            var compressedLength = input.ReadVInt32();
            if (_compressed.Length < compressedLength)
            {
                _compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
            }
            input.ReadBytes(_compressed, 0, compressedLength);
            if (bytes.Bytes.Length < originalLength)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength, 1)];
            }
            var decoded = originalLength == 0 ? 0 : LZ4Codec.Decode(_compressed, 0, compressedLength, bytes.Bytes, 0, originalLength);
            if (decoded != originalLength)
            {
                throw new CorruptIndexException($"stored fields: an LZ4 chunk gave {decoded} bytes, not {originalLength} (resource={input})");
            }
            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new Lz4Decompressor();
    }
}
