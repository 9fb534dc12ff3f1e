using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Llm;

/// <summary>A test's own copy of the disputed corpus, and of config/ with an llm.yaml pointing at <paramref name="endpoint"/>.</summary>
internal static class LlmWorkspace
{
    /// <summary>Copies the corpus into <paramref name="data"/>; returns the environment that points at the config copy.</summary>
    public static Dictionary<string, string> Setup(
        DisputedCorpus corpus, TempDirectory root, string data, string? endpoint,
        string? apiKeyEnv = null, int maxRequests = 50, int maxTokens = 100_000, int timeoutSeconds = 10)
    {
        corpus.CopyTo(data);
        var environment = ConfigCopy.WithSources(root, []);
        File.WriteAllText(Path.Combine(environment["PIPELINE_CONFIG"], "llm.yaml"), $"""
            endpoint: {endpoint}
            model: test-model
            api_key_env: {apiKeyEnv}
            max_requests_per_run: {maxRequests}
            max_tokens_per_run: {maxTokens}
            timeout_seconds: {timeoutSeconds}
            retries: 1
            """);
        return environment;
    }
}
