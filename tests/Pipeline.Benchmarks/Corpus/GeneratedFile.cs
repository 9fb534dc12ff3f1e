namespace Pipeline.Benchmarks.Corpus;

/// <summary>One file the generator wrote: its kind, its encoding, its size in bytes and in characters.</summary>
internal sealed record GeneratedFile(string Path, ArticleKind Kind, string Encoding, int Bytes, int Characters);
