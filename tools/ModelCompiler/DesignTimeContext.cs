using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pipeline.Storage;

namespace Pipeline.ModelCompiler;

/// <summary>
/// The context `dotnet ef` compiles, for the provider named after `--` (sqlite or postgres): the
/// model differs between them (column types, timestamp converters), so each has its own.
/// </summary>
internal sealed class DesignTimeContext : IDesignTimeDbContextFactory<PipelineDbContext>
{
    public PipelineDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PipelineDbContext>();
        _ = args.FirstOrDefault() switch
        {
            "postgres" => builder.UseNpgsql("Host=localhost"),
            "sqlite" => builder.UseSqlite("Data Source=:memory:"),
            var other => throw new ArgumentException($"name the provider after --: sqlite or postgres, not '{other}'"),
        };
        return new PipelineDbContext(builder.Options);
    }
}
