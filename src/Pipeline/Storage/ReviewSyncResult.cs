namespace Pipeline.Storage;

/// <summary>What bringing the review queue up to date with a cross-check run did.</summary>
/// <param name="Found">Distinct conflicting claim pairs the run reported.</param>
/// <param name="New">Items added: pairs never seen before.</param>
/// <param name="Reopened">Decided items set open again because one of their claims changed and the documents still conflict.</param>
/// <param name="Known">Items found again (decisions kept; claim ids re-linked).</param>
/// <param name="Stale">Items the run no longer found, marked stale now.</param>
public sealed record ReviewSyncResult(int Found, int New, int Reopened, int Known, int Stale);
