using Pipeline.App.Cli;

return await PipelineCli.RunAsync(args);
