namespace Pipeline.CrossCheck;

/// <summary>
/// Two claims of one block whose values stay apart after tolerance while their times can
/// overlap. <see cref="A"/> is the dissenting claim (its figure has the fewer claims),
/// <see cref="B"/> the representative of the figure it disagrees with, which
/// <see cref="Support"/> claims state in all.
/// </summary>
public sealed record Conflict(
    BlockKey Key,
    CrossCheckClaim A,
    CrossCheckClaim B,
    string Reason,
    ConflictSeverity Severity,
    int Support)
{
    public bool WithinDocument => A.DocumentId == B.DocumentId;
}
