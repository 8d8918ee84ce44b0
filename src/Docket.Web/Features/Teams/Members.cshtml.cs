using Docket.Store.Model;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Teams;

/// <summary>
/// A team's members. Owners add, re-role, link and remove; anyone in the team reads the list;
/// to everyone else the page does not exist.
/// </summary>
public sealed class MembersModel(TeamRoster roster) : DocketPage
{
    public Team Team { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<PersonChoice> People { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string team, CancellationToken cancellationToken) =>
        await LoadAsync(team, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostAddAsync(string team, string email, TeamRole role, CancellationToken cancellationToken) =>
        ManageAsync(team, t => roster.AddAsync(t, email, role, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRoleAsync(string team, int account, TeamRole role, CancellationToken cancellationToken) =>
        ManageAsync(team, t => roster.ChangeRoleAsync(t.Id, account, role, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(string team, int account, CancellationToken cancellationToken) =>
        ManageAsync(team, t => roster.RemoveAsync(t.Id, account, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(string team, int account, int person, CancellationToken cancellationToken) =>
        ManageAsync(team, t => roster.LinkAsync(t.Id, account, person, cancellationToken), cancellationToken);

    private async Task<IActionResult> ManageAsync(string slug, Func<Team, Task<string?>> change, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (!CanManage)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Problem = await change(Team);
        if (Problem is null)
        {
            return LocalRedirect($"/t/{Team.Slug}/members");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Members = await roster.ListAsync(Team.Id, cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var team = await roster.FindTeamAsync(slug, cancellationToken);
        if (team is null || Viewer.RoleIn(team.Id) is null)
        {
            return NotFound();
        }

        Team = team;
        CanManage = Viewer.CanManage(team.Id);
        Members = await roster.ListAsync(team.Id, cancellationToken);
        People = CanManage ? await roster.PeopleAsync(team.Id, cancellationToken) : [];
        return null;
    }
}
