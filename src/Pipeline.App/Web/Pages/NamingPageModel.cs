using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.Claims;
using Pipeline.Extraction.Entities;

namespace Pipeline.App.Web.Pages;

/// <summary>A page that shows entities and claim attributes by the names the config gives them.</summary>
public abstract class NamingPageModel(Lexicon lexicon, AttributeCatalog attributes) : PageModel
{
    /// <summary>The lexicon's name for an entity id ("NdPr (neodymium-praseodymium)"), else the id.</summary>
    public string SubjectName(string id) => lexicon.NameOf(id);

    /// <summary>An attribute's name from config/attributes.yaml ("price floor"), else its key.</summary>
    public string AttributeName(string key) => attributes.Find(key)?.Name ?? key;
}
