namespace Pipeline.Storage;

/// <summary>What bringing the disputes up to date with a cross-check run did.</summary>
/// <param name="Found">Disputed facts the run found.</param>
/// <param name="New">Disputes never seen before.</param>
/// <param name="Reopened">Decided disputes set open again: a new value group, or a claim of theirs changed.</param>
/// <param name="Known">Disputes found again (decisions kept).</param>
/// <param name="Stale">Disputes the run no longer found, marked stale now.</param>
/// <param name="Carried">Decisions taken on pair items before disputes existed, carried over to their dispute now.</param>
public sealed record DisputeSyncResult(int Found, int New, int Reopened, int Known, int Stale, int Carried);
