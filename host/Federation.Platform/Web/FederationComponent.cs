using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Federation.Platform.Web;

/// <summary>Base of module pages: bilingual text, the current association and its links.</summary>
public abstract class FederationComponent : ComponentBase
{
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [Inject] protected AssociationContext AssociationContext { get; set; } = default!;

    protected Association Association => AssociationContext.Required;

    protected static string T(string sv, string en) => Text.T(sv, en);

    /// <summary>A link inside the current association: <c>/a/{association}/{path}</c>.</summary>
    protected string Href(string path) => $"/a/{Association.Id}/{path.TrimStart('/')}";
}
