using System.Globalization;

namespace Pipeline.App.Web;

/// <summary>
/// The stretch of a document's text that one page or API answer sends (?from=CHAR&amp;length=N): a long text goes in
/// parts, so neither the server nor the browser holds a whole 50 MB text at once. Offsets count UTF-16 characters,
/// as every offset the API gives does.
/// </summary>
public sealed record TextPart(int From, int Length, int Total)
{
    public int End => From + Length;

    /// <summary>The whole text: a short document, asked for without a range, is sent as it always was.</summary>
    public bool IsWhole => From == 0 && Length == Total;

    /// <summary>Where the next part starts, or null at the end.</summary>
    public int? Next => End < Total ? End : null;

    /// <summary>Where the part before this one starts (of the default size), or null at the start.</summary>
    public int? Previous(int partLength) => From > 0 ? Math.Max(0, From - partLength) : null;

    /// <summary>Whether a span of the document (a match, mention or claim) shows in this part, in whole or in part.</summary>
    public bool Shows(int start, int end) => IsWhole || (end > From && start < End);

    /// <summary>Why the range asked for cannot be sent, or null: a start outside the text, a length outside 1..<paramref name="maxLength"/>.</summary>
    public static string? Problem(int? from, int? length, int total, int maxLength) =>
        from is < 0 || from > total ? string.Create(CultureInfo.InvariantCulture, $"from: between 0 and {total} (the text's length)")
        : length is < 1 || length > maxLength ? string.Create(CultureInfo.InvariantCulture, $"length: between 1 and {maxLength} characters")
        : null;

    /// <summary>The part of <paramref name="text"/> asked for (by default the first <paramref name="maxLength"/> characters); never ends inside a surrogate pair.</summary>
    public static TextPart Of(string text, int? from, int? length, int maxLength)
    {
        var start = from ?? 0;
        var end = (int)Math.Min((long)start + (length ?? maxLength), text.Length);
        if (end < text.Length && end > start + 1 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }
        return new TextPart(start, end - start, text.Length);
    }

    /// <summary>The characters of this part of <paramref name="text"/>.</summary>
    public string Cut(string text) => IsWhole ? text : text.Substring(From, Length);
}
