using Federation.Elections.Domain;
using Federation.Platform.Web;

namespace Federation.Elections.Pages;

/// <summary>An election's status in the UI's words.</summary>
internal static class Status
{
    public static string Of(string status) => status switch
    {
        ElectionStatus.Nominating => Text.T("nominering pågår", "nominations open"),
        ElectionStatus.Voting => Text.T("röstning pågår", "voting open"),
        _ => Text.T("avslutat", "concluded"),
    };
}
