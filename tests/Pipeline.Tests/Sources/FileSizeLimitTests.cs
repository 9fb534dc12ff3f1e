using Pipeline.Sources;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Sources;

public sealed class FileSizeLimitTests : IDisposable
{
    private readonly TempDirectory _config = new();

    [Fact]
    public void The_limit_comes_from_the_ingest_section_else_50_mb()
    {
        File.WriteAllText(_config.Combine(SourcesOptions.FileName), "drop_folders: []\n");
        var unset = SourcesOptions.Load(_config.Path);
        File.WriteAllText(_config.Combine(SourcesOptions.FileName), "ingest:\n  max_file_mb: 300\n");
        var set = SourcesOptions.Load(_config.Path);

        Assert.Equal((50, 300), (unset.MaxFile.MaxMegabytes, set.MaxFile.MaxMegabytes));
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_one_line_naming_the_setting()
    {
        File.WriteAllText(_config.Combine(SourcesOptions.FileName), "ingest:\n  max_file_mb: 0\n");

        var error = Assert.Throws<ConfigException>(() => SourcesOptions.Load(_config.Path));
        Assert.EndsWith("sources.yaml: ingest: max_file_mb must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_at_the_limit_is_read_and_one_byte_more_is_refused_with_its_size_rounded_up()
    {
        var limit = new FileSizeLimit(50);

        Assert.Null(limit.Refusal(50L * 1024 * 1024));
        Assert.Equal("is 51 MB, over the 50 MB limit (ingest: max_file_mb in config/sources.yaml): not read", limit.Refusal((50L * 1024 * 1024) + 1));
    }

    public void Dispose() => _config.Dispose();
}
