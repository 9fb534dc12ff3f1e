
namespace Pipeline.Llm;

/// <summary>The optional language model, from config/llm.yaml; $PIPELINE_LLM_ENDPOINT and $PIPELINE_LLM_MODEL override the file.</summary>
/// <param name="Endpoint">An OpenAI-compatible API's base URL (".../v1"); null: no model, nothing is sent.</param>
/// <param name="ApiKeyEnv">The name of the environment variable that holds the key; never the key itself.</param>
public sealed record LlmOptions(
    Uri? Endpoint,
    string Model,
    string? ApiKeyEnv,
    int MaxRequestsPerRun,
    int MaxTokensPerRun,
    int TimeoutSeconds,
    int Retries)
{
    public const string FileName = "llm.yaml";
    public const string EndpointVariable = "PIPELINE_LLM_ENDPOINT";
    public const string ModelVariable = "PIPELINE_LLM_MODEL";

    public static LlmOptions Default { get; } = new(null, "", null, 50, 50_000, 60, 2);

    public bool IsConfigured => Endpoint is not null;

    /// <summary>Reads llm.yaml from <paramref name="configFolder"/>, then the environment's overrides; what is left out keeps its default.</summary>
    /// <exception cref="ConfigException">A malformed file or value, in one line naming the file.</exception>
    public static LlmOptions Load(string configFolder, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var path = Path.Combine(configFolder, FileName);
        var file = new OptionsFile();
        if (File.Exists(path))
        {
            file = ConfigFile.Read<OptionsFile>(path) ?? new OptionsFile();
        }
        if (environment(EndpointVariable) is { Length: > 0 } endpoint)
        {
            (file.Endpoint, path) = (endpoint, $"{path} (endpoint from ${EndpointVariable})");
        }
        if (environment(ModelVariable) is { Length: > 0 } model)
        {
            file.Model = model;
        }
        return file.ToOptions(path);
    }

    /// <summary>The API key from the variable <see cref="ApiKeyEnv"/> names; null when none is named.</summary>
    /// <exception cref="ConfigException">The variable is named but not set.</exception>
    public string? ReadApiKey(Func<string, string?>? environment = null)
    {
        if (ApiKeyEnv is null)
        {
            return null;
        }
        var key = (environment ?? Environment.GetEnvironmentVariable)(ApiKeyEnv);
        return key is { Length: > 0 } ? key : throw new ConfigException(FileName, null, $"api_key_env names ${ApiKeyEnv}, which is not set");
    }

    private sealed class OptionsFile
    {
        public string? Endpoint { get; set; }
        public string? Model { get; set; }
        public string? ApiKeyEnv { get; set; }
        public int? MaxRequestsPerRun { get; set; }
        public int? MaxTokensPerRun { get; set; }
        public int? TimeoutSeconds { get; set; }
        public int? Retries { get; set; }

        public LlmOptions ToOptions(string path)
        {
            var defaults = Default;
            Uri? endpoint = null;
            if (Endpoint is { Length: > 0 } text)
            {
                // The chat-completions URL itself is accepted too: the client adds that path to the base.
                text = text.Trim().TrimEnd('/');
                const string Suffix = "/chat/completions";
                text = text.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? text[..^Suffix.Length] : text;
                if (!Uri.TryCreate(text, UriKind.Absolute, out endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
                {
                    throw new ConfigException(path, null, $"endpoint '{Endpoint}' is not an http(s) URL");
                }
            }
            var options = new LlmOptions(endpoint, Model?.Trim() ?? "", ApiKeyEnv is { Length: > 0 } env ? env.Trim() : null,
                MaxRequestsPerRun ?? defaults.MaxRequestsPerRun, MaxTokensPerRun ?? defaults.MaxTokensPerRun,
                TimeoutSeconds ?? defaults.TimeoutSeconds, Retries ?? defaults.Retries);
            if (options.IsConfigured && options.Model.Length == 0)
            {
                throw new ConfigException(path, null, $"an endpoint needs a model (model: or ${ModelVariable})");
            }
            if (options.MaxRequestsPerRun < 0 || options.MaxTokensPerRun < 0 || options.Retries < 0)
            {
                throw new ConfigException(path, null, "max_requests_per_run, max_tokens_per_run and retries cannot be negative");
            }
            if (options.TimeoutSeconds < 1)
            {
                throw new ConfigException(path, null, "timeout_seconds must be at least 1");
            }
            return options;
        }
    }
}
