namespace Pipeline.Storage;

/// <summary>
/// The statements that create the pipeline's tables and indexes on one provider: the script EF Core
/// writes for the model (<c>GenerateCreateScript</c>), kept with the compiled model
/// (Storage/CompiledModels/*/CreateTables.sql). EF Core writes it from its design-time model, which it
/// builds by running the whole model configuration: about 800 more methods to JIT-compile, a sixth
/// of a second that every run on a new database paid before it stored a thing.
/// </summary>
internal static class CreateTablesScript
{
    private static readonly Lazy<IReadOnlyList<string>> Sqlite = new(() => Load("Sqlite"));
    private static readonly Lazy<IReadOnlyList<string>> Postgres = new(() => Load("Postgres"));

    public static IReadOnlyList<string> Statements(bool isPostgres) => (isPostgres ? Postgres : Sqlite).Value;

    /// <summary>A script's statements, as <see cref="Statements"/> gives them (EF Core ends each with a semicolon).</summary>
    public static IReadOnlyList<string> Split(string script) =>
        script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IReadOnlyList<string> Load(string provider)
    {
        // Named in the csproj after its path under Storage/.
        using var stream = typeof(CreateTablesScript).Assembly.GetManifestResourceStream($"CompiledModels/{provider}/CreateTables.sql")
            ?? throw new InvalidOperationException($"the {provider} create script is not embedded in {typeof(CreateTablesScript).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Split(reader.ReadToEnd());
    }
}
