using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <param name="Entries">The items the filters keep, open ones first.</param>
/// <param name="Counts">Items per status, before filtering.</param>
/// <param name="Subjects">Every subject and attribute in the queue, for the filters' choices.</param>
public sealed record ReviewQueueView(
    IReadOnlyList<ReviewEntry> Entries,
    IReadOnlyDictionary<ReviewStatus, int> Counts,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Attributes);
