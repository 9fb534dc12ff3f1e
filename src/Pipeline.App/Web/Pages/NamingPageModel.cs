using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.App.Cli;

namespace Pipeline.App.Web.Pages;

/// <summary>A page that shows entities and claim attributes by the names the config gives them.</summary>
public abstract class NamingPageModel(Workspace workspace) : PageModel
{
    protected Workspace Workspace { get; } = workspace;

    /// <summary>The lexicon's name for an entity id ("NdPr (neodymium-praseodymium)"), else the id.</summary>
    public string SubjectName(string id) => Workspace.Lexicon.NameOf(id);

    /// <summary>An attribute's name from config/attributes.yaml ("price floor"), else its key.</summary>
    public string AttributeName(string key) => Workspace.Attributes.Find(key)?.Name ?? key;
}
