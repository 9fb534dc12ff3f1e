using System.Collections.Frozen;
using Pipeline.Text;

namespace Pipeline.Sources;

/// <summary>Reads one source file into clean text, with the title and date the file gives itself.</summary>
public static class DocumentReader
{
    // Formats people drop into a folder that are not text and that Pipeline does not read.
    private static readonly FrozenSet<string> Unsupported = new[]
    {
        ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp", ".epub",
        ".zip", ".gz", ".tgz", ".7z", ".rar", ".tar", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif",
        ".tiff", ".bmp", ".mp3", ".mp4", ".mov", ".exe", ".dll", ".so",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// .html/.htm: the page's main text; .pdf: the text layer; anything else: decoded text.
    /// Throws <see cref="SourceReadException"/> for bad input.
    /// </summary>
    public static SourceText Read(string path, byte[] content)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (Unsupported.Contains(extension))
        {
            throw new SourceReadException("unsupported file type " + extension);
        }
        if (content.Length == 0)
        {
            throw new SourceReadException("empty file");
        }
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => HtmlDocumentReader.Read(content),
            ".pdf" => PdfDocumentReader.Read(content),
            // A PDF saved without its extension is still a PDF; a .txt is text whatever it contains.
            not (".txt" or ".md") when content.AsSpan().StartsWith("%PDF-"u8) => PdfDocumentReader.Read(content),
            _ => ReadText(content),
        };
    }

    private static SourceText ReadText(byte[] content)
    {
        var text = TextCleaner.Clean(TextDecoder.Decode(content));
        return new SourceText(text, TextMetadata.FindTitle(text), TextMetadata.FindDate(text));
    }
}
