using Federation.Board.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Federation.Board.Domain;

/// <summary>Renders a meeting's protocol (the <see cref="Protocol"/> component) to an HTML string.</summary>
internal sealed class ProtocolRenderer(HtmlRenderer renderer)
{
    public Task<string> Render(Guid meetingId) => renderer.Dispatcher.InvokeAsync(async () =>
        (await renderer.RenderComponentAsync<Protocol>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(Protocol.MeetingId)] = meetingId })))
            .ToHtmlString());
}
