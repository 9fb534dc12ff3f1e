using System.Diagnostics;
using System.Globalization;
using Pipeline.Benchmarks.Throughput;
using Pipeline.CrossCheck;

namespace Pipeline.Benchmarks.CrossCheck;

/// <summary>
/// `crosscheck [--sizes 10000,100000,1000000] [--runs N]`: times the in-memory cross-check pass
/// (<see cref="CrossChecker.Run"/>, default options) over generated claims of each size, and the
/// memory it takes. Targets: 1M claims in under 60 s, and 100k to 1M at most 12 times slower.
/// </summary>
internal static class CrossCheckBenchmark
{
    private const string Usage = "usage: crosscheck [--sizes 10000,100000,1000000] [--runs N]";

    public static int Run(string[] args)
    {
        int[] sizes = [10_000, 100_000, 1_000_000];
        var runs = 3;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--sizes" when value is not null:
                    sizes = [.. value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
                    i++;
                    break;
                case "--runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    runs = n;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion.VersionString}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
        Console.WriteLine($"options: default tolerances, max {CrossCheckOptions.Default.MaxFiguresPerBlock} figures per block, each dissenting claim reported once; best of {runs} runs after a warm-up");
        Console.WriteLine();
        Console.WriteLine("| claims | blocks | largest block | pairs compared | conflicting pairs | conflicts reported | time (s) | claims/s | input heap (MB) | peak heap in pass (MB) | allocated (MB) | peak working set (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        new CrossChecker(CrossCheckOptions.Default).Run(SyntheticClaims.Generate(20_000, seed: 1)); // JIT warm-up
        var times = new Dictionary<int, double>();
        foreach (var size in sizes)
        {
            var claims = SyntheticClaims.Generate(size);
            var largest = claims.GroupBy(c => (c.Subject, c.Attribute)).Max(g => g.Count());
            double best = double.MaxValue;
            CrossCheckResult? result = null;
            long peakHeap = 0, allocated = 0, inputHeap = 0;
            for (var run = 0; run < runs; run++)
            {
                result = null;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                inputHeap = GC.GetTotalMemory(forceFullCollection: true);
                var before = MemoryFigures.Now();
                using var sampler = new HeapSampler();
                var clock = Stopwatch.StartNew();
                result = new CrossChecker(CrossCheckOptions.Default).Run(claims);
                var seconds = clock.Elapsed.TotalSeconds;
                if (seconds < best)
                {
                    best = seconds;
                    peakHeap = sampler.Stop();
                    allocated = MemoryFigures.Now().Since(before).Allocated;
                }
            }
            times[size] = best;
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {result!.Blocks:N0} | {largest:N0} | {result.PairsCompared:N0} | {result.ConflictingPairs:N0} | {result.Conflicts.Count:N0} | {best:0.000} | {size / best:N0} | {Mb(inputHeap)} | {Mb(peakHeap)} | {Mb(allocated)} | {Mb(process.PeakWorkingSet64)} |"));
        }
        Console.WriteLine();
        if (times.TryGetValue(100_000, out var hundredThousand) && times.TryGetValue(1_000_000, out var million))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"100k -> 1M: {million / hundredThousand:0.0}x (target <= 12x); 1M: {million:0.0} s (target < 60 s)"));
        }
        return 0;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Samples the managed heap every few milliseconds on its own thread; the highest value is the pass's peak.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _running = true;
        private long _peak;

        public HeapSampler()
        {
            _thread = new Thread(() =>
            {
                while (_running)
                {
                    _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
                    Thread.Sleep(2);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _running = false;
            _thread.Join();
            return Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
        }

        public void Dispose()
        {
            _running = false;
            _thread.Join();
        }
    }
}
