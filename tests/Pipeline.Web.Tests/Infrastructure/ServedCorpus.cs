namespace Pipeline.Web.Tests.Infrastructure;

/// <summary>Every browser test shares one served corpus: ingesting it once is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ServedCorpus : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
