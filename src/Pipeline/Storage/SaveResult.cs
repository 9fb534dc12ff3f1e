namespace Pipeline.Storage;

/// <summary>What saving one incoming document did, and the stored document it maps to.</summary>
public sealed record SaveResult(SaveOutcome Outcome, Document Document);
