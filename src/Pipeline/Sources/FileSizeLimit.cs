using System.Globalization;

namespace Pipeline.Sources;

/// <summary>
/// The largest source file ingested (config/sources.yaml, ingest: max_file_mb). A file's size is asked of the
/// file system before a byte of it is read, so a huge file costs no memory: it is one failure line.
/// </summary>
public sealed record FileSizeLimit(int MaxMegabytes)
{
    public const int DefaultMegabytes = 50;

    private const long Megabyte = 1024 * 1024;

    public static FileSizeLimit Default { get; } = new(DefaultMegabytes);

    public long MaxBytes => MaxMegabytes * Megabyte;

    /// <summary>Why a file of <paramref name="length"/> bytes is not read, or null when it is within the limit.</summary>
    public string? Refusal(long length) => length <= MaxBytes
        ? null
        // Rounded up: a file just over the limit never reads as "50 MB, over the 50 MB limit".
        : string.Create(CultureInfo.InvariantCulture,
            $"is {(length + Megabyte - 1) / Megabyte} MB, over the {MaxMegabytes} MB limit (ingest: max_file_mb in config/{SourcesOptions.FileName}): not read");
}
