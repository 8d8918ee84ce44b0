using Docket.Store.Planning;
using Docket.Store.Storage;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Docket.Web.Features.Meetings;

/// <summary>
/// A series' next meeting: its planned agenda, a form to propose a topic, "make next meeting" and
/// "start notes" (a web meeting for that date whose notes begin as the agenda).
/// </summary>
public sealed class NextModel(DocketDbContext db, NextMeetingPlanner planner, WebNotes notes, IClock clock) : DocketPage
{
    public TeamSeries Series { get; private set; } = null!;

    public NextMeetingView Next { get; private set; } = null!;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string team, string series, CancellationToken cancellationToken)
    {
        if (await LoadAsync(team, series, write: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        Next = await NextMeetingView.ReadAsync(db, Series.SeriesId, clock.GetCurrentInstant(), cancellationToken);
        return Page();
    }

    /// <summary>Make next meeting.</summary>
    public async Task<IActionResult> OnPostAsync(string team, string series, CancellationToken cancellationToken)
    {
        if (await LoadAsync(team, series, write: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        var planned = await planner.NextAsync(Series.SeriesId, cancellationToken);
        return planned.Succeeded ? Redirect($"/t/{Series.TeamSlug}/s/{Series.SeriesSlug}/next") : await ProblemAsync(planned.Message, cancellationToken);
    }

    /// <summary>Start notes: the web meeting of the planned date, its notes starting as the agenda.</summary>
    public async Task<IActionResult> OnPostStartAsync(string team, string series, CancellationToken cancellationToken)
    {
        if (await LoadAsync(team, series, write: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        var planned = await planner.NextAsync(Series.SeriesId, cancellationToken);
        if (!planned.Succeeded)
        {
            return await ProblemAsync(planned.Message, cancellationToken);
        }

        var agenda = planned.Value!;
        var (meetingId, error) = await notes.StartAsync(Series.TeamSlug, Series.SeriesSlug, agenda.Occurrence.Date, WebNotes.Titled(agenda.Agenda, Series.SeriesName, agenda.Occurrence.Date), cancellationToken);
        return meetingId is { } id ? Redirect($"/meetings/{id}/notes") : await ProblemAsync(error, cancellationToken);
    }

    private async Task<IActionResult> ProblemAsync(string? message, CancellationToken cancellationToken)
    {
        Problem = message ?? "That did not work.";
        Next = await NextMeetingView.ReadAsync(db, Series.SeriesId, clock.GetCurrentInstant(), cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string team, string series, bool write, CancellationToken cancellationToken)
    {
        var found = await TeamSeries.FindAsync(db, team, series, Viewer, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        if (!found.CanRead || (write && !found.CanWrite))
        {
            return Viewer.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        Series = found;
        return null;
    }
}
