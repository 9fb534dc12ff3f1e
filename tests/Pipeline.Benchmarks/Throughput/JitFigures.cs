using System.Runtime;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// What the JIT compiled, on every thread: a fresh process compiles the pipeline's code while it
/// runs, then again, optimized, once the code is hot; a long run pays that once.
/// </summary>
internal sealed record JitFigures(long Methods, TimeSpan Time)
{
    public static JitFigures Now() => new(JitInfo.GetCompiledMethodCount(currentThread: false), JitInfo.GetCompilationTime(currentThread: false));

    public JitFigures Since(JitFigures before) => new(Methods - before.Methods, Time - before.Time);
}
