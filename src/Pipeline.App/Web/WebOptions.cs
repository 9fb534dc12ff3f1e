
namespace Pipeline.App.Web;

/// <summary>Settings of `pipeline serve`, from config/web.yaml; $PIPELINE_API_KEY overrides its api_key.</summary>
/// <param name="ApiKey">When set, every writing request must carry it (header X-Api-Key), local or not.</param>
/// <param name="AllowedHosts">Host names answered besides the address served on and this machine's loopback names (allowed_hosts).</param>
/// <param name="TextPartChars">The most characters of a document's text one page or API answer sends (text_part_chars).</param>
public sealed record WebOptions(string? ApiKey, IReadOnlyList<string>? AllowedHosts = null, int TextPartChars = WebOptions.DefaultTextPartChars)
{
    public const string FileName = "web.yaml";

    public const int DefaultTextPartChars = 200_000;
    public const string ApiKeyVariable = "PIPELINE_API_KEY";

    public static WebOptions Load(string configFolder)
    {
        var path = Path.Combine(configFolder, FileName);
        var file = new WebFile();
        if (File.Exists(path))
        {
            file = ConfigFile.Read<WebFile>(path) ?? file;
        }
        if (file.TextPartChars is < 1000)
        {
            throw new ConfigException(path, null, "text_part_chars must be at least 1000");
        }
        var key = Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : file.ApiKey;
        return new WebOptions(string.IsNullOrWhiteSpace(key) ? null : key.Trim(),
            [.. file.AllowedHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim())],
            file.TextPartChars ?? DefaultTextPartChars);
    }

    private sealed class WebFile
    {
        public string? ApiKey { get; set; }
        public List<string> AllowedHosts { get; set; } = [];
        public int? TextPartChars { get; set; }
    }
}
