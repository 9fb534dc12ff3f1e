using System.CommandLine;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Web;

namespace Pipeline.App.Commands;

/// <summary>`pipeline serve`: the web UI, its JSON API and the background jobs, until Ctrl+C.</summary>
public static class ServeCommand
{
    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen. Default: http://127.0.0.1:5080 (this machine only); port 0 picks a free port",
        DefaultValueFactory = _ => PipelineWebApp.DefaultUrl,
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the web UI, its JSON API and the background jobs (Ctrl+C stops)");
        command.Options.Add(Urls);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var urls = parse.GetValue(Urls)!;
        await using var app = await PipelineWebApp.BuildAsync(PipelinePaths.From(parse), urls, ct);
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new CommandException($"cannot listen on {urls}: the address is in use (another pipeline serve?); choose another with --urls");
        }
        // Tests read this line to learn the port; keep its shape.
        Console.Out.WriteLine($"Pipeline is serving at {PipelineWebApp.Address(app)}  (Ctrl+C stops)");
        await app.WaitForShutdownAsync(ct);
        return ExitCodes.Success;
    }
}
