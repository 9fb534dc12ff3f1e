using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.App.Hosting;

namespace Pipeline.App.Web;

/// <summary>
/// Keeps this server's index up to what the database holds, every few seconds: documents a CLI
/// ingest or another server stored become searchable here. Runs on every node (not a Hangfire
/// job, which would run on one), and takes the writer only for a catch-up, never between them.
/// </summary>
internal sealed partial class IndexCatchUpTimer(PipelineData data, ILogger<IndexCatchUpTimer> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var caughtUp = await data.CatchUpIndexAsync(stoppingToken);
                if (caughtUp > 0)
                {
                    CaughtUp(log, caughtUp);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again: a database restart must not stop the server's catching up.
                // A catch-up cut short because the server is stopping (a serve that could not bind its
                // address disposes the index and database under it) is no failure to report.
                if (!stoppingToken.IsCancellationRequested)
                {
                    CatchUpFailed(log, e.Message);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "index caught up with the database: {Count} documents indexed or removed")]
    private static partial void CaughtUp(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "index catch-up failed: {Reason}")]
    private static partial void CatchUpFailed(ILogger logger, string reason);
}
