using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Federation.Platform.Web;

/// <summary>Base of module pages: bilingual text, the current association and its links.</summary>
public abstract class FederationComponent : ComponentBase
{
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [Inject] protected AssociationContext AssociationContext { get; set; } = default!;

    /// <summary>The <c>{association}</c> route value; the host has already resolved and checked it.</summary>
    [Parameter] public string Association { get; set; } = "";

    /// <summary>The association this page runs for.</summary>
    protected Association Current => AssociationContext.Required;

    protected static string T(string sv, string en) => Text.T(sv, en);

    /// <summary>A link inside the current association: <c>/a/{association}/{path}</c>.</summary>
    protected string Href(string path) => $"/a/{Current.Id}/{path.TrimStart('/')}";
}
