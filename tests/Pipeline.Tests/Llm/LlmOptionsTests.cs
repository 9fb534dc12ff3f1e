using Pipeline.Llm;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Llm;

public sealed class LlmOptionsTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void The_repository_config_names_no_endpoint_so_nothing_is_sent()
    {
        var options = LlmOptions.Load(SeedCorpus.ConfigFolder, NoEnvironment);

        Assert.False(options.IsConfigured);
        Assert.Null(options.ReadApiKey(NoEnvironment));
    }

    [Fact]
    public void The_environment_overrides_endpoint_and_model_and_a_chat_completions_url_is_taken_as_its_base()
    {
        using var folder = new TempDirectory();
        folder.Write(LlmOptions.FileName, "endpoint: http://localhost:11434/v1\nmodel: qwen\nmax_requests_per_run: 3\n");
        var environment = new Dictionary<string, string?>
        {
            [LlmOptions.EndpointVariable] = "http://gpu-box:8000/v1/chat/completions",
            [LlmOptions.ModelVariable] = "llama",
        };

        var options = LlmOptions.Load(folder.Path, environment.GetValueOrDefault);

        Assert.Equal((new Uri("http://gpu-box:8000/v1"), "llama", 3), (options.Endpoint, options.Model, options.MaxRequestsPerRun));
    }

    [Theory]
    [InlineData("endpoint: [oops\n", ": line ")]
    [InlineData("endpoint: ftp://host/v1\nmodel: m\n", "is not an http(s) URL")]
    [InlineData("endpoint: http://host/v1\n", "an endpoint needs a model")]
    [InlineData("max_requests_per_run: -1\n", "cannot be negative")]
    [InlineData("timeout_seconds: 0\n", "timeout_seconds must be at least 1")]
    public void A_malformed_file_is_one_line_naming_itself(string yaml, string expected)
    {
        using var folder = new TempDirectory();
        var path = folder.Write(LlmOptions.FileName, yaml);

        var error = Assert.Throws<ConfigException>(() => LlmOptions.Load(folder.Path, NoEnvironment));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void The_key_comes_from_the_named_variable_and_a_missing_one_says_which()
    {
        var options = LlmOptions.Default with { ApiKeyEnv = "MY_KEY" };

        Assert.Equal("k", options.ReadApiKey(name => name == "MY_KEY" ? "k" : null));
        var error = Assert.Throws<ConfigException>(() => options.ReadApiKey(NoEnvironment));
        Assert.Contains("$MY_KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("k\"", error.Message, StringComparison.Ordinal);
    }
}
