namespace Pipeline.App.Evaluation;

/// <summary>The outcome of one spec file: how many cases, how many in scope, how many passed, and why the rest were left out.</summary>
public sealed record FileReport(
    string File,
    int Cases,
    int InScope,
    int Passed,
    IReadOnlyDictionary<string, int> OutOfScope,
    IReadOnlyList<CaseFailure> Failures)
{
    public double PassRate => InScope == 0 ? 0 : Math.Round(100.0 * Passed / InScope, 1);
}

/// <summary>A case in scope that failed: what the spec expected and what Pipeline found.</summary>
public sealed record CaseFailure(string Input, IReadOnlyList<string> Expected, IReadOnlyList<string> Got);

/// <summary>Every file's outcome and the totals.</summary>
public sealed record EvalReport(string Directory, string Scope, IReadOnlyList<FileReport> Files, IReadOnlyList<string> SkippedFiles)
{
    public int Cases => Files.Sum(f => f.Cases);

    public int InScope => Files.Sum(f => f.InScope);

    public int Passed => Files.Sum(f => f.Passed);

    public double PassRate => InScope == 0 ? 0 : Math.Round(100.0 * Passed / InScope, 1);
}
