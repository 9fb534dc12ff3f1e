namespace Pipeline.Storage;

public enum SaveOutcome
{
    /// <summary>No stored document had this content or this source: a row was inserted.</summary>
    New,

    /// <summary>The source was stored with other content: its row now holds the new content, same Id.</summary>
    Updated,

    /// <summary>The same content was already stored (under any source): nothing was written.</summary>
    Unchanged,
}
