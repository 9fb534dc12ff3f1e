using Pipeline.Claims;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Claims;

/// <summary>The attribute catalog's file, read as an analyst edits it: a mistake is reported with the file and what is wrong.</summary>
public sealed class AttributeCatalogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pipeline-catalog-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_scope_key_longer_than_a_claim_keeps_is_reported_when_the_catalog_is_read()
    {
        Directory.CreateDirectory(_folder);
        var original = File.ReadAllText(Path.Combine(SeedCorpus.ConfigFolder, AttributeCatalog.FileName));
        var longKey = "demand-of-the-magnet-makers-of-the-western-hemisphere-and-their-suppliers";
        File.WriteAllText(Path.Combine(_folder, AttributeCatalog.FileName), original.Replace("  - key: demand\n", $"  - key: {longKey}\n", StringComparison.Ordinal));

        var error = Assert.Throws<ConfigException>(() => AttributeCatalog.Load(_folder));

        Assert.Contains(longKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("longer than 64 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains(AttributeCatalog.FileName, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
