using Pipeline.Sources;
using Pipeline.Storage;
using Pipeline.Text;

namespace Pipeline.Ingestion;

/// <summary>One source read from disk: a document ready to store, or the reason it is not.</summary>
internal sealed record SourceRead(IncomingDocument? Document, IngestFailure? Failure)
{
    /// <summary>A file read from disk, unless it is larger than <paramref name="maxFile"/> (asked before reading it).</summary>
    public static SourceRead From(string path, FileSizeLimit maxFile)
    {
        if (!FileKind.IsRegularOrUnknown(path))
        {
            return Failed(path, "not a regular file (a FIFO, socket or device): not read");
        }
        try
        {
            if (maxFile.Refusal(new FileInfo(path).Length) is { } tooLarge)
            {
                return Failed(path, tooLarge);
            }
            var content = DocumentReader.Read(path, File.ReadAllBytes(path));
            var language = LanguageDetector.Detect(content.Text);
            return new(new IncomingDocument(path, content.Text, content.Title, content.PublishedOn, language.Language, language.Script), null);
        }
        catch (SourceReadException e)
        {
            return Failed(path, e.Message);
        }
        catch (FileNotFoundException)
        {
            return Failed(path, SourceFiles.MissingReason(path));
        }
        catch (DirectoryNotFoundException)
        {
            return Failed(path, "no such file or directory");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(path, "permission denied");
        }
        catch (IOException e)
        {
            return Failed(path, $"cannot read: {e.Message}");
        }
    }

    /// <summary>A text already read (a fetched page): only its language is left to find.</summary>
    public static SourceRead From(string source, SourceText content)
    {
        var language = LanguageDetector.Detect(content.Text);
        return new(new IncomingDocument(source, content.Text, content.Title, content.PublishedOn, language.Language, language.Script), null);
    }

    private static SourceRead Failed(string path, string reason) => new(null, new IngestFailure(path, reason));
}
