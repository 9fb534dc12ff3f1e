namespace Pipeline.Extraction;

/// <summary>Finds one family of mentions (entities, or values and dates) in a document.</summary>
public interface IMentionExtractor
{
    IEnumerable<Mention> Extract(ExtractionInput input);
}
