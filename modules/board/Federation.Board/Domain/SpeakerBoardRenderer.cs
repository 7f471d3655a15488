using System.Globalization;
using Federation.Board.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Board.Domain;

/// <summary>Renders a speaker list's state (<see cref="SpeakerBoard"/>) once per view and language, for the broadcaster.</summary>
internal sealed class SpeakerBoardRenderer(IServiceScopeFactory scopes, ILoggerFactory logging)
{
    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("sv-SE"), CultureInfo.GetCultureInfo("en-GB")];

    public async Task<SpeakerFrame> Render(SpeakerState state)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logging);
        var html = new Dictionary<string, string>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in Languages)
            {
                CultureInfo.CurrentUICulture = language;
                foreach (var view in SpeakerViews.All)
                    html[$"{view}:{language.TwoLetterISOLanguageName}"] = await renderer.Dispatcher.InvokeAsync(async () =>
                        (await renderer.RenderComponentAsync<SpeakerBoard>(ParameterView.FromDictionary(new Dictionary<string, object?>
                        {
                            [nameof(SpeakerBoard.Of)] = state, [nameof(SpeakerBoard.View)] = view,
                        }))).ToHtmlString());
            }
        }
        finally { CultureInfo.CurrentUICulture = before; }
        return new SpeakerFrame(state.Version, html);
    }
}
