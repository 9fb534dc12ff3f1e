using Microsoft.EntityFrameworkCore;
using Pipeline.ModelCompiler;

// `dotnet run --project tools/ModelCompiler -- scripts` writes each provider's create script next to
// its compiled model; the compiled models themselves come from `dotnet ef dbcontext optimize`.
// Both are described in src/Pipeline/Storage/CompiledModels/README.md.
if (args is not ["scripts"])
{
    Console.WriteLine("Run through `dotnet ef dbcontext optimize`, or with `scripts`; see src/Pipeline/Storage/CompiledModels/README.md.");
    return;
}
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Pipeline.sln")))
{
    root = root.Parent;
}
if (root is null)
{
    Console.Error.WriteLine("model compiler: run it inside the repository (no Pipeline.sln above it)");
    Environment.Exit(1);
}
foreach (var (provider, folder) in new[] { ("sqlite", "Sqlite"), ("postgres", "Postgres") })
{
    using var db = new DesignTimeContext().CreateDbContext([provider]);
    var path = Path.Combine(root.FullName, "src", "Pipeline", "Storage", "CompiledModels", folder, "CreateTables.sql");
    File.WriteAllText(path, db.Database.GenerateCreateScript().ReplaceLineEndings("\n"));
    Console.WriteLine($"wrote {Path.GetRelativePath(root.FullName, path)}");
}
