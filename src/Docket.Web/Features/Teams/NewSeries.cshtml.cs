using Docket.Meetings.Templates;
using Docket.Store.Model;
using Docket.Store.Planning;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Teams;

/// <summary>A new series of a team, for its owners. The planner checks the cadence and template; its words show on the form.</summary>
public sealed class NewSeriesModel(TeamRoster roster, SeriesPlanner planner) : DocketPage
{
    public Team Team { get; private set; } = null!;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Cadence { get; set; }

    [BindProperty]
    public int? DurationMinutes { get; set; } = 60;

    [BindProperty]
    public string? Template { get; set; } = "issue";

    [BindProperty]
    public AccessLevel Access { get; set; } = AccessLevel.Public;

    public string? Problem { get; private set; }

    public static IReadOnlyList<string> Templates => AgendaTemplate.BuiltInNames;

    public async Task<IActionResult> OnGetAsync(string team, CancellationToken cancellationToken) =>
        await LoadAsync(team, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string team, CancellationToken cancellationToken)
    {
        if (await LoadAsync(team, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            Problem = "Check the fields: the duration is a whole number of minutes, and the access level one of those listed.";
        }
        else
        {
            var settings = new SeriesForm(Name, Cadence, DurationMinutes, Template, Access.ToString()).ToSettings(Team.Slug)!;
            var added = await planner.AddAsync(Name ?? "", settings, cancellationToken);
            if (added.Succeeded)
            {
                return LocalRedirect($"/t/{Team.Slug}/s/{added.Value!.Slug}");
            }

            Problem = Capitalized(added.Message!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string Capitalized(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..] + ".";

    // Outsiders learn nothing (404); members see they may not (403).
    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var team = await roster.FindTeamAsync(slug, cancellationToken);
        if (team is null || Viewer.RoleIn(team.Id) is null)
        {
            return NotFound();
        }

        Team = team;
        return Viewer.CanManage(team.Id) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
