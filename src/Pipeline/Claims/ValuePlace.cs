using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// A value mention as the claim readers place it in its sentence: its span and its clause,
/// relative to the sentence's start, found once for all the readers.
/// </summary>
internal readonly record struct ValuePlace(Mention Value, int Start, int End, int ClauseStart, int ClauseEnd);
