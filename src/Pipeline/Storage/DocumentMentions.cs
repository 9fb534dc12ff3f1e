namespace Pipeline.Storage;

/// <summary>
/// All the mentions of one document, packed into one record (<see cref="MentionPacking"/>).
/// </summary>
/// <remarks>
/// Mentions are read a whole document at a time (the document page, <c>entities DOCID</c>, the
/// index's entity field); their counts across documents come from the index's facets, never from
/// the database. A row per mention made storing them cost more than finding them: a document has
/// hundreds, and each row carried its own key, index entry and sixteen columns.
/// </remarks>
public sealed class DocumentMentions
{
    public int DocumentId { get; set; }

    /// <summary>How many mentions <see cref="Packed"/> holds, readable without unpacking.</summary>
    public int Count { get; set; }

    public required byte[] Packed { get; set; }
}
