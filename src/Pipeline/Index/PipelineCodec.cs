using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Pipeline.Index;

/// <summary>
/// Lucene 4.6's codec with the stored fields compressed by <see cref="Lz4StoredFields"/>. Segments
/// written before it keep their own codec and are read as they are; a merge rewrites them in this one.
/// </summary>
[CodecName(CodecId)]
public sealed class PipelineCodec : FilterCodec
{
    public const string CodecId = "Pipeline46";

    // The chunk size of Lucene 4.1's stored fields: several short texts share a chunk.
    private const int ChunkSize = 1 << 14;

    public PipelineCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat { get; } =
        new CompressingStoredFieldsFormat("PipelineStoredFields", Lz4StoredFields.Mode, ChunkSize);
}
