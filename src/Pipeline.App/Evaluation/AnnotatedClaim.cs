namespace Pipeline.App.Evaluation;

/// <summary>One row of claims.tsv: a claim a person found in an article, in the set's own names.</summary>
/// <param name="Time">The period the figure refers to, as the set writes it, or "-".</param>
public sealed record AnnotatedClaim(
    string Id,
    string File,
    string Quote,
    string Subject,
    string Measure,
    string Scope,
    AnnotatedValue Value,
    string Time,
    string Note)
{
    /// <summary>The Pipeline attribute of the measure; null when it is outside Pipeline's catalogue.</summary>
    public string? Attribute => DevSetNames.Attribute(Measure);

    public string PipelineSubject => DevSetNames.Subject(Subject);

    /// <summary>
    /// "A conflict by the claims table": the same subject, measure and scope, compatible times
    /// (equal, either unknown, or overlapping periods), and values of one unit that do not overlap.
    /// </summary>
    public bool ConflictsWith(AnnotatedClaim other) =>
        Subject == other.Subject && Measure == other.Measure && Scope == other.Scope
        && TimeCompatible(other) && Value.Unit == other.Value.Unit && !Value.Overlaps(other.Value);

    private bool TimeCompatible(AnnotatedClaim other)
    {
        if (Time == other.Time || Time == "-" || other.Time == "-")
        {
            return true;
        }
        return SetPeriod.Parse(Time) is { } mine && SetPeriod.Parse(other.Time) is { } theirs && mine.Overlaps(theirs);
    }
}
