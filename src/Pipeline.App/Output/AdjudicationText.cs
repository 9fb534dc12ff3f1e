using System.Globalization;
using Pipeline.Llm;

namespace Pipeline.App.Output;

/// <summary>An adjudication run in one line, as `ingest-now` and `eval conflicts --adjudicate` print it.</summary>
public static class AdjudicationText
{
    public static string Summary(string model, AdjudicationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stopped = report.Stopped is { } stop ? $"; stopped: {stop}, {report.NotAsked} disputes left for the next run" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{model}: {report.Stored:N0} verdicts ({report.Asked:N0} asked, {report.Cached:N0} from the cache, {report.Invalid:N0} invalid, {report.Failed:N0} failed; {report.Requests:N0} requests, {report.Tokens:N0} tokens){stopped}");
    }
}
