using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.App.Web.Api;
using Pipeline.Storage;

namespace Pipeline.App.Web.Pages;

/// <summary>The last ingestion runs with their counts and errors.</summary>
public sealed class RunsPageModel(PipelineDbContext db) : PageModel
{
    public IReadOnlyList<IngestionRun> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Runs = await new IngestionRunStore(db).ListAsync(RunsApi.DefaultLimit, ct);
}
