using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <param name="Entries">The disputes the filters keep, open ones first.</param>
/// <param name="Counts">Disputes per status, before filtering.</param>
/// <param name="Subjects">Every subject, measure and dissent language in the queue, for the filters' choices.</param>
public sealed record ReviewQueueView(
    IReadOnlyList<DisputeEntry> Entries,
    IReadOnlyDictionary<DisputeStatus, int> Counts,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Attributes,
    IReadOnlyList<string> DissentLanguages);
