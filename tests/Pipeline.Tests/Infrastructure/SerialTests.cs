namespace Pipeline.Tests.Infrastructure;

/// <summary>
/// Test classes that must run alone (timings printed for reading): xunit runs this collection
/// after the parallel ones, with nothing beside it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTests
{
    public const string Name = "Serial";
}
