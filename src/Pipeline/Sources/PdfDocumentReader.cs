using System.Text;
using Pipeline.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Pipeline.Sources;

/// <summary>The text layer of a PDF, page by page, cleaned like any other text (PDF lines are hard-wrapped).</summary>
internal static class PdfDocumentReader
{
    public static SourceText Read(byte[] content)
    {
        var (raw, infoTitle, created) = Extract(content);
        if (!raw.Any(char.IsLetter))
        {
            throw new SourceReadException("PDF has no text layer (scanned image?)");
        }
        var text = TextCleaner.Clean(raw);
        var title = string.IsNullOrWhiteSpace(infoTitle) ? TextMetadata.FindTitle(text) : infoTitle.Trim();
        return new SourceText(text, title, TextMetadata.FindDate(text) ?? created);
    }

    private static (string Text, string? Title, DateOnly? Created) Extract(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                // One newline between pages: a sentence running onto the next page can still be joined.
                text.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
            }
            var created = document.Information.GetCreatedDateTimeOffset();
            return (text.ToString(), document.Information.Title, created is { } at ? DateOnly.FromDateTime(at.DateTime) : null);
        }
        catch (Exception error) when (error is not SourceReadException and not OutOfMemoryException)
        {
            // PdfPig reports damage with many exception types; to the caller it is one kind of bad input.
            throw new SourceReadException("not a readable PDF: " + FirstLine(error.Message), error);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
