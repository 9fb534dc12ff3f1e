using BenchmarkDotNet.Running;
using Pipeline.Benchmarks.CrossCheck;
using Pipeline.Benchmarks.Hostile;
using Pipeline.Benchmarks.Micro;
using Pipeline.Benchmarks.Search;
using Pipeline.Benchmarks.Stages;
using Pipeline.Benchmarks.Throughput;

// throughput: the large-corpus run; search: latency on a large generated index; stages: where the pipeline's time goes; crosscheck: the cross-check pass
// over generated claims; hostile: text whose sentences never end; anything else: BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case null or "-h" or "--help":
        Console.Error.WriteLine("usage: Pipeline.Benchmarks throughput [--mb N] [--queries N] [--keep DIR]");
        Console.Error.WriteLine("       Pipeline.Benchmarks search [--documents N] [--queries N] [--keep DIR]");
        Console.Error.WriteLine("       Pipeline.Benchmarks stages [--mb N] [--keep DIR]");
        Console.Error.WriteLine("       Pipeline.Benchmarks crosscheck [--sizes 10000,100000,1000000] [--runs N]");
        Console.Error.WriteLine("       Pipeline.Benchmarks hostile [--kb N]");
        Console.Error.WriteLine("       Pipeline.Benchmarks micro [BenchmarkDotNet arguments, e.g. --filter *Tokenizer*]");
        return 2;
    case "throughput":
        return await ThroughputBenchmark.RunAsync(args[1..]);
    case "search":
        return SearchBenchmark.Run(args[1..]);
    case "stages":
        return await StageProfile.RunAsync(args[1..]);
    case "crosscheck":
        return CrossCheckBenchmark.Run(args[1..]);
    case "hostile":
        return HostileBenchmark.Run(args[1..]);
    default:
        var rest = args[0] == "micro" ? args[1..] : args;
        BenchmarkSwitcher.FromAssembly(typeof(MicroConfig).Assembly)
            .Run(rest.Length == 0 ? ["--filter", "*"] : rest, new MicroConfig());
        return 0;
}
