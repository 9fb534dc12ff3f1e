using System.CommandLine;
using System.CommandLine.Help;
using System.Data.Common;
using Pipeline.App.Commands;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Index;

namespace Pipeline.App.Cli;

/// <summary>The `pipeline` command line: its commands, and one place where errors become exit codes.</summary>
public static class PipelineCli
{
    public static Command Build()
    {
        // A plain command named "pipeline" rather than RootCommand, which takes its name from the
        // assembly (Pipeline.App); help and version are added as RootCommand would.
        var root = new Command("pipeline", "Pipeline: bilingual (Chinese/English) document analysis: ingest, search, review.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Options.Add(CommonOptions.Data);
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(CrossCheckCommand.Create());
        root.Subcommands.Add(FactsCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(AdjudicateCommand.Create());
        root.Subcommands.Add(IngestNowCommand.Create());
        root.Subcommands.Add(RunsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Terminal.Fail(error.Message);
            }
            Console.Error.WriteLine("Try 'pipeline --help'.");
            return ExitCodes.BadUsage;
        }
        using var stop = new TerminationSignals();
        try
        {
            // The signals are ours, not System.CommandLine's: it ends the process 2 s after Ctrl+C,
            // before a run can roll back its batch and record itself as cancelled.
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(invocation, stop.Token);
        }
        catch (CommandException e)
        {
            Terminal.Fail(e.Message);
            return e.ExitCode;
        }
        catch (ConfigException e)
        {
            // A malformed config file: its path, the line and what is wrong, for the analyst to fix.
            Terminal.Fail(e.Describe(PipelinePaths.Display));
            return ExitCodes.Failure;
        }
        catch (InvalidSearchQueryException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadUsage;
        }
        catch (Exception e) when (e is IndexNotFoundException or IndexBusyException)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            Terminal.Fail("cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (DatabaseCause(e) is { } cause)
        {
            // EF wraps connection failures (in "transient failure" errors): say what the driver said.
            Terminal.Fail($"database error: {cause.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("PIPELINE_DEBUG") is null)
        {
            // Last resort: one line for the user; PIPELINE_DEBUG=1 shows the stack trace instead.
            Terminal.Fail($"unexpected error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static DbException? DatabaseCause(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is DbException db)
            {
                return db;
            }
        }
        return null;
    }
}
