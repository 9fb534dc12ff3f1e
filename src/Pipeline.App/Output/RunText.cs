using System.Globalization;
using Pipeline.App.Hosting;
using Pipeline.Storage;

namespace Pipeline.App.Output;

/// <summary>An ingestion run as `runs` and `ingest-now` show it: a JSON object, or lines for the terminal.</summary>
public static class RunText
{
    public static object ToJson(IngestionRun run) => new
    {
        run.Id,
        run.Trigger,
        Status = run.Status.ToString().ToLowerInvariant(),
        run.StartedAt,
        run.FinishedAt,
        DurationMs = run.FinishedAt is { } finished ? Math.Round((finished - run.StartedAt).TotalMilliseconds, 1) : (double?)null,
        run.New,
        run.Updated,
        run.Unchanged,
        run.Failed,
        Errors = run.ReadErrors().Select(e => new { Source = PipelinePaths.Display(e.Source), e.Reason }),
    };

    /// <summary>A heading line with times, status and counts, then one indented line per error.</summary>
    public static IEnumerable<string> Lines(IngestionRun run)
    {
        var invariant = CultureInfo.InvariantCulture;
        var started = run.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", invariant);
        var finished = run.FinishedAt is { } f
            ? string.Create(invariant, $"finished {f.ToLocalTime():HH:mm:ss}, took {(f - run.StartedAt).TotalSeconds:0.0} s")
            : "not finished";
        yield return string.Create(invariant,
            $"#{run.Id} {run.Trigger} {started} ({finished}): {run.Status.ToString().ToLowerInvariant()}; {run.New} new, {run.Updated} updated, {run.Unchanged} unchanged, {run.Failed} failed");
        foreach (var error in run.ReadErrors())
        {
            yield return $"    {PipelinePaths.Display(error.Source)}: {error.Reason}";
        }
    }
}
