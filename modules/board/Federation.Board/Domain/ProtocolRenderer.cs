using Federation.Board.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Federation.Board.Domain;

/// <summary>Renders the printable documents (a meeting's <see cref="Protocol"/>, the <see cref="ReportDocument"/>) to HTML strings.</summary>
internal sealed class ProtocolRenderer(HtmlRenderer renderer)
{
    public Task<string> Render(Guid meetingId) => Render<Protocol>(nameof(Protocol.MeetingId), meetingId);

    public Task<string> AnnualReport(int year) => Render<ReportDocument>(nameof(ReportDocument.Year), year);

    private Task<string> Render<TComponent>(string parameter, object value) where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(new Dictionary<string, object?> { [parameter] = value })))
                .ToHtmlString());
}
