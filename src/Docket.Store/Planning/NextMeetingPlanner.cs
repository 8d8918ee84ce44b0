using Docket.Meetings.Roles;
using Docket.Meetings.Scheduling;
using Docket.Meetings.Templates;
using Docket.Store.Actions;
using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Planning;

/// <summary>
/// <c>docket next</c>: plans a series' next meeting and writes its agenda, carrying over what earlier
/// meetings left open (docs/carry-over.md). Asking again before the meeting happens prints the same
/// agenda; once notes of that date are imported, the planned meeting counts as held and the next
/// call plans the one after.
/// </summary>
public sealed class NextMeetingPlanner(StoreProvider provider, IClock clock)
{
    public Task<QueryResult<PlannedAgenda>> NextAsync(string typed, CancellationToken cancellationToken = default) =>
        NextAsync((db, ct) => PlanningSeries.ResolveAsync(db, typed, ct), cancellationToken);

    /// <summary>The same for one series by id: the web resolves a series within its team, where slugs are unique.</summary>
    public Task<QueryResult<PlannedAgenda>> NextAsync(int seriesId, CancellationToken cancellationToken = default) =>
        NextAsync((db, ct) => PlanningSeries.ResolveAsync(db, seriesId, ct), cancellationToken);

    private async Task<QueryResult<PlannedAgenda>> NextAsync(
        Func<DocketDbContext, CancellationToken, Task<QueryResult<Series>>> resolve, CancellationToken cancellationToken)
    {
        await using var db = provider.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var found = await resolve(db, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return new QueryResult<PlannedAgenda>(null, found.Problem, found.Message);
        }

        var series = found.Value!;
        if (series.Plan is not { } plan)
        {
            return QueryResult.Bad<PlannedAgenda>(PlanningSeries.NoPlan(series));
        }

        var (cadence, changes) = PlanningSeries.Schedule(plan);
        var now = clock.GetCurrentInstant();
        var held = await db.Meetings.AsNoTracking().Where(m => m.SeriesId == series.Id)
            .Select(m => new { m.Id, m.Date, m.Number }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var planned = await db.Set<PlannedMeeting>().Where(p => p.SeriesId == series.Id).OrderBy(p => p.Date).ToListAsync(cancellationToken).ConfigureAwait(false);
        var topics = await db.Set<ProposedTopic>().Where(t => t.SeriesId == series.Id).OrderBy(t => t.ProposedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

        // A planned meeting whose notes are in has happened.
        foreach (var meeting in planned.Where(p => p.HeldMeetingId is null))
        {
            if (held.FirstOrDefault(m => m.Date == meeting.Date) is { } notes)
            {
                meeting.HeldAs(await db.Meetings.SingleAsync(m => m.Id == notes.Id, cancellationToken).ConfigureAwait(false));
            }
        }

        var upcoming = planned.LastOrDefault(p => p.HeldMeetingId is null && p.EndsAt > now);
        if (upcoming is not null)
        {
            var still = cadence.Timeline(upcoming.RuleDate, upcoming.RuleDate, changes).FirstOrDefault(o => o.RuleDate == upcoming.RuleDate);
            var waiting = topics.Any(t => t.PlannedMeetingId is null);
            if (still is { Status: not OccurrenceStatus.Skipped } && still.Instant == upcoming.StartsAt && still.EndInstant == upcoming.EndsAt)
            {
                if (!waiting)
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return QueryResult.Ok(new PlannedAgenda(series.Slug, upcoming.Number, still, upcoming.Agenda, Created: false));
                }

                // Topics proposed since: same meeting, same number, the agenda written again with them.
                var agenda = await RenderAsync(db, series, plan, cadence, upcoming.Number, still, topics, upcoming, cancellationToken).ConfigureAwait(false);
                upcoming.Write(agenda);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return QueryResult.Ok(new PlannedAgenda(series.Slug, upcoming.Number, still, agenda, Created: false));
            }

            // Skipped or moved since it was planned: plan again from scratch.
            foreach (var topic in topics.Where(t => t.PlannedMeetingId == upcoming.Id))
            {
                topic.Release();
            }

            db.Remove(upcoming);
            planned.Remove(upcoming);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        // Meetings that passed with no notes: their topics may not have been reached, so they wait again.
        foreach (var passed in planned.Where(p => p.HeldMeetingId is null && p.EndsAt <= now))
        {
            foreach (var topic in topics.Where(t => t.PlannedMeetingId == passed.Id))
            {
                topic.Release();
            }
        }

        var lastDate = held.Select(m => m.Date).OfType<LocalDate>().Concat(planned.Select(p => p.Date)).DefaultIfEmpty(LocalDate.MinIsoValue).Max();
        var today = now.InZone(cadence.Zone).Date;
        var from = (lastDate >= today ? lastDate : today).PlusDays(-7);
        var occurrence = cadence.Between(from, from.PlusYears(3), changes).FirstOrDefault(o => o.Date > lastDate && o.EndInstant > now);
        if (occurrence is null)
        {
            return QueryResult.Bad<PlannedAgenda>($"series '{series.Slug}' has no more meetings: its cadence ({plan.Cadence}) ends before today");
        }

        var importedNumber = held.Max(m => m.Number) ?? held.Count;
        var number = Math.Max(importedNumber, planned.Select(p => p.Number).DefaultIfEmpty(0).Max()) + 1;
        if (planned.FirstOrDefault(p => p.RuleDate == occurrence.RuleDate) is { } stale)
        {
            db.Remove(stale);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var next = new PlannedMeeting(series, number, occurrence.RuleDate, occurrence.Date, occurrence.Instant, occurrence.EndInstant, now);
        db.Add(next);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var text = await RenderAsync(db, series, plan, cadence, number, occurrence, topics, next, cancellationToken).ConfigureAwait(false);
        next.Write(text);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok(new PlannedAgenda(series.Slug, number, occurrence, text, Created: true));
    }

    private async Task<string> RenderAsync(
        DocketDbContext db, Series series, SeriesPlan plan, Cadence cadence, int number, Occurrence occurrence,
        List<ProposedTopic> topics, PlannedMeeting meeting, CancellationToken cancellationToken)
    {
        var carried = await CarryOverAsync(db, series, topics, cancellationToken).ConfigureAwait(false);
        foreach (var topic in topics.Where(t => t.PlannedMeetingId is null))
        {
            topic.PutOn(meeting);
        }

        var onAgenda = topics.Where(t => t.PlannedMeetingId == meeting.Id)
            .Select(t => new AgendaTopic(t.Title, t.Minutes, t.Proposer, t.Link)).ToList();
        var members = plan.Members.OrderBy(m => m.Position).ToList();
        var roles = plan.Roles.OrderBy(r => r.Position).Select(r => r.Name).ToList();
        var holders = roles.Count > 0 && members.Count > 0
            ? new RoleRotation(roles, members.Select(m => m.Name), plan.RotationOffset).For(number, members.Where(m => m.Away).Select(m => m.Name))
            : roles.Select(r => new RoleHolder(r, null)).ToList();
        var model = new AgendaModel
        {
            Series = series.Name,
            Number = number,
            Occurrence = occurrence,
            Location = plan.Location,
            Members = [.. members.Select(m => m.Name)],
            Times = MeetingTimes.For(occurrence, members.Select(m => (m.Name, DateTimeZoneProviders.Tzdb[m.Zone]))),
            Roles = holders,
            Topics = onAgenda,
            Actions = carried.Actions,
            Deferred = carried.Deferred,
            Questions = carried.Questions,
        };
        var template = plan.TemplateSource is { } source ? AgendaTemplate.Load(plan.Template, source) : AgendaTemplate.BuiltIn(plan.Template);
        _ = cadence;
        return template.Render(model);
    }

    private async Task<CarryOver> CarryOverAsync(DocketDbContext db, Series series, List<ProposedTopic> topics, CancellationToken cancellationToken)
    {
        var open = await new ActionList(provider, clock).ListAsync(new ActionFilter { SeriesId = series.Id, OpenOnly = true }, cancellationToken).ConfigureAwait(false);
        var today = clock.GetCurrentInstant().InUtc().Date;
        var actions = (open.Value ?? []).Select(a => new CarriedAction(
            a.Text, a.Owners, a.AgeMeetings, a.AgeDays ?? 0, a.First.Date ?? today, a.First.MeetingTitle)).ToList();

        var latest = await db.Meetings.AsNoTracking().Where(m => m.SeriesId == series.Id && m.Date != null)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Select(m => new { m.Id, m.Date, m.Title, m.Line, m.Notes }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (latest is null)
        {
            return new CarryOver(actions, [], []);
        }

        // Topics put on the agenda of the meeting these notes record, which the notes never mention: not reached.
        var heldPlan = await db.Set<PlannedMeeting>().AsNoTracking().Where(p => p.HeldMeetingId == latest.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        foreach (var topic in topics.Where(t => heldPlan is not null && t.PlannedMeetingId == heldPlan))
        {
            if (!latest.Notes.Contains(topic.Title, StringComparison.OrdinalIgnoreCase))
            {
                topic.Release();
            }
        }

        var agenda = await db.Agenda.AsNoTracking().Where(a => a.MeetingId == latest.Id).OrderBy(a => a.Line).ThenBy(a => a.Position)
            .Select(a => new { a.Title, a.Line, a.Minutes, a.Proposer }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var openTopics = await db.ActionMentions.AsNoTracking()
            .Where(m => m.MeetingId == latest.Id && m.Topic != null && m.ActionItem.Status == ActionStatus.Open)
            .Select(m => m.Topic!).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var deferred = new List<AgendaTopic>();
        for (var i = 0; i < agenda.Count; i++)
        {
            var entry = agenda[i];
            var nextLine = i + 1 < agenda.Count ? agenda[i + 1].Line : (int?)null;
            var alreadyProposed = topics.Any(t => t.PlannedMeetingId is null && string.Equals(t.Title, entry.Title, StringComparison.OrdinalIgnoreCase));
            if (!alreadyProposed
                && (DeferredTopics.IsDeferred(latest.Notes, latest.Line, entry.Line, nextLine) || openTopics.Contains(entry.Title, StringComparer.OrdinalIgnoreCase)))
            {
                deferred.Add(new AgendaTopic(entry.Title, entry.Minutes, entry.Proposer));
            }
        }

        var decided = await db.Decisions.AsNoTracking().Where(d => d.MeetingId == latest.Id && d.Topic != null).Select(d => d.Topic!).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var questions = await db.Questions.AsNoTracking().Where(q => q.MeetingId == latest.Id).OrderBy(q => q.Position)
            .Select(q => new { q.Text, q.Topic }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var stillOpen = questions.Where(q => q.Topic is null || !decided.Contains(q.Topic))
            .Select(q => new OpenQuestion(q.Text, latest.Date, latest.Title)).ToList();
        return new CarryOver(actions, deferred, stillOpen);
    }

    private sealed record CarryOver(IReadOnlyList<CarriedAction> Actions, IReadOnlyList<AgendaTopic> Deferred, IReadOnlyList<OpenQuestion> Questions);
}
