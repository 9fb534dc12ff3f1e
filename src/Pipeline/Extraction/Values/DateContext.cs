namespace Pipeline.Extraction.Values;

/// <summary>
/// Where a date that does not write its year (10月9日, in October, 同年9月) takes it from: the
/// document's date, else the last year written before it in the text.
/// </summary>
internal readonly record struct DateContext(DateOnly? DocumentDate, int? LastYear = null)
{
    /// <summary>The year a date without one means: the document's, else the last one written before it.</summary>
    public int? Year => DocumentDate?.Year ?? LastYear;

    /// <summary>The note for a date whose year came from the text rather than the document.</summary>
    public string? Note => DocumentDate is null && LastYear is not null ? YearFromTextNote : null;

    /// <summary>A context whose year is <paramref name="year"/>: the second half of a range (2025年10月至12月).</summary>
    public static DateContext InYear(int year) => new(new DateOnly(year, 1, 1));

    public const string YearFromTextNote = "year taken from the text before it";
}
