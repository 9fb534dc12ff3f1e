using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

/// <summary>
/// The compiled models (Storage/CompiledModels) are generated code: after a change to an entity or
/// its configuration they must be generated again (Storage/CompiledModels/README.md says how).
/// These tests fail until they are.
/// </summary>
public class CompiledModelTests
{
    [Fact]
    public void The_compiled_sqlite_model_is_the_model_the_configuration_builds()
    {
        var built = new DbContextOptionsBuilder<PipelineDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var compiled = PipelineDatabase.Open(new StorageOptions(Path.GetTempPath(), "Data Source=:memory:"));

        Assert.Equal(Shape(Built(built)), Shape(compiled.Model));
    }

    [Fact]
    public void The_compiled_postgres_model_is_the_model_the_configuration_builds()
    {
        var built = new DbContextOptionsBuilder<PipelineDbContext>().UseNpgsql("Host=localhost").Options;
        using var compiled = PipelineDatabase.Open(new StorageOptions(Path.GetTempPath(), "Host=localhost;Database=none"));

        Assert.Equal(Shape(Built(built)), Shape(compiled.Model));
    }

    [Fact]
    public void Each_provider_opens_with_its_compiled_model()
    {
        using var sqlite = PipelineDatabase.Open(new StorageOptions(Path.GetTempPath(), "Data Source=:memory:"));
        using var postgres = PipelineDatabase.Open(new StorageOptions(Path.GetTempPath(), "Host=localhost;Database=none"));

        Assert.IsType<Pipeline.Storage.CompiledModels.Sqlite.PipelineDbContextModel>(sqlite.Model);
        Assert.IsType<Pipeline.Storage.CompiledModels.Postgres.PipelineDbContextModel>(postgres.Model);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_kept_create_script_is_the_one_ef_core_writes_for_the_model(bool isPostgres)
    {
        var options = new DbContextOptionsBuilder<PipelineDbContext>();
        _ = isPostgres ? options.UseNpgsql("Host=localhost") : options.UseSqlite("Data Source=:memory:");
        using var db = new PipelineDbContext(options.Options);

        // Regenerate with `dotnet run --project tools/ModelCompiler -- scripts` (Storage/CompiledModels/README.md).
        Assert.Equal(CreateTablesScript.Split(db.Database.GenerateCreateScript()), CreateTablesScript.Statements(isPostgres));
        Assert.Contains(CreateTablesScript.Statements(isPostgres), s => s.StartsWith("CREATE TABLE \"Documents\"", StringComparison.Ordinal));
    }

    private static IModel Built(DbContextOptions<PipelineDbContext> options)
    {
        using var db = new PipelineDbContext(options);
        return db.Model;
    }

    /// <summary>What the database sees of a model: tables, columns with their types, keys, indexes and foreign keys.</summary>
    private static List<string> Shape(IModel model) =>
        [.. model.GetEntityTypes().OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(type =>
            new[] { $"{type.Name} -> {type.GetTableName()}" }
                .Concat(type.GetProperties().Select(p =>
                    $"  {p.Name}: {p.GetColumnName()} {p.GetColumnType()} {p.ClrType.Name} null={p.IsNullable} max={p.GetMaxLength()} generated={p.ValueGenerated} converter={p.GetValueConverter()?.GetType().Name ?? p.GetTypeMapping().Converter?.GetType().Name}"))
                .Concat(type.GetKeys().Select(k => $"  key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"))
                .Concat(type.GetIndexes().Select(i => $"  index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
                .Concat(type.GetForeignKeys().Select(f => $"  fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}")))];
}
