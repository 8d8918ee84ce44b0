using Docket.Store.Model;
using Docket.Store.Planning;

namespace Docket.Web.Features.Teams;

/// <summary>What a new series needs, from the page's form or the API's JSON (<c>access</c>: public, indexed or private).</summary>
public sealed record SeriesForm(string? Name, string? Cadence, int? DurationMinutes, string? Template, string? Access)
{
    public const string BadAccess = "The access level is public, indexed or private.";

    /// <summary>The planner's settings for a series of <paramref name="teamSlug"/>; null when the access level is not one.</summary>
    public SeriesSettings? ToSettings(string teamSlug)
    {
        var access = AccessLevel.Public;
        if (!string.IsNullOrWhiteSpace(Access)
            && (!Enum.TryParse(Access.Trim(), ignoreCase: true, out access) || !Enum.IsDefined(access) || char.IsDigit(Access.Trim()[0])))
        {
            return null;
        }

        return new SeriesSettings
        {
            Team = teamSlug,
            Cadence = string.IsNullOrWhiteSpace(Cadence) ? null : Cadence.Trim(),
            DurationMinutes = DurationMinutes,
            Template = string.IsNullOrWhiteSpace(Template) ? "issue" : Template.Trim(),
            Access = access,
        };
    }
}
