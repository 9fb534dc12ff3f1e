namespace Pipeline.CrossCheck;

/// <summary>
/// Two claims of one block whose values stay apart after tolerance while their times can
/// overlap. <see cref="A"/> is the dissenting claim (fewer claims agree with its figure),
/// <see cref="B"/> a claim it contradicts, whose figure <see cref="Support"/> claims agree with.
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
