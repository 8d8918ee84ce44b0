using Docket.Store.Model;

namespace Docket.Web.Features.Actions;

/// <summary>An action item's status as the web writes it: <c>open</c>, <c>done</c> or <c>dropped</c>.</summary>
public static class ActionStatusText
{
    public static bool TryParse(string? text, out ActionStatus status)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "open":
                status = ActionStatus.Open;
                return true;
            case "done":
                status = ActionStatus.Done;
                return true;
            case "dropped":
                status = ActionStatus.Dropped;
                return true;
            default:
                status = default;
                return false;
        }
    }

    public static string Format(ActionStatus status) => status.ToString().ToLowerInvariant();
}
