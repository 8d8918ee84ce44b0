using System.Globalization;
using Docket.Store.Access;
using Docket.Store.Planning;
using Docket.Store.Storage;
using Docket.Web.Access;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using NodaTime.Text;

namespace Docket.Web.Features.Meetings;

/// <summary>The meetings part of <c>/api/v1</c>: a meeting, its notes (editable when they live on the web), agenda and decisions, and a series' next meeting.</summary>
public static class MeetingsApi
{
    private const string Json = "application/json";

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var meetings = api.MapGroup("/meetings").WithTags("Meetings");
        meetings.MapGet("/{id:int}", GetMeetingAsync)
            .CacheOutput(Hosting.DocketServer.AnonymousReads)
            .WithName("GetMeeting").WithSummary("A meeting in the docket.notes/v1 form with store ids; strong ETag.")
            .Produces(StatusCodes.Status200OK, contentType: Json).Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapGet("/{id:int}/notes", GetNotesAsync)
            .WithName("GetMeetingNotes").WithSummary("A meeting's notes as Markdown, with the ETag a PUT must send in If-Match.")
            .Produces<NotesResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapPut("/{id:int}/notes", PutNotesAsync)
            .WithName("PutMeetingNotes").WithSummary("Replaces a web meeting's notes (If-Match required); decisions and action items are read from them again.")
            .Accepts<NotesRequest>(Json)
            .Produces<NotesResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        meetings.MapGet("/{id:int}/agenda", GetAgendaAsync)
            .CacheOutput(Hosting.DocketServer.AnonymousReads)
            .WithName("GetMeetingAgenda").WithSummary("A meeting's agenda: topics, time boxes, proposers and source lines.")
            .Produces<IReadOnlyList<MeetingView.AgendaItem>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapGet("/{id:int}/decisions", GetDecisionsAsync)
            .CacheOutput(Hosting.DocketServer.AnonymousReads)
            .WithName("GetMeetingDecisions").WithSummary("What a meeting decided, with topics and source lines.")
            .Produces<IReadOnlyList<MeetingView.Decision>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        var series = api.MapGroup("/teams/{team}/series/{series}").WithTags("Meetings");
        series.MapPost("/topics", ProposeAsync)
            .WithName("ProposeTopic").WithSummary("Proposes a topic for the series' next meeting; the proposer is the token's account.")
            .Accepts<TopicRequest>(Json)
            .Produces<AgendaTopicView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        series.MapPost("/next", NextAsync)
            .WithName("MakeNextMeeting").WithSummary("Plans the series' next meeting (or returns the one already planned) with its agenda.")
            .Produces<NextResponse>().Produces<NextResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetMeetingAsync(int id, HttpContext http, MeetingReader reader, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var meeting = await reader.ReadAsync(id, await viewers.GetAsync(cancellationToken), cancellationToken);
        if (meeting is null)
        {
            return Problems.NotFound("meeting " + id.ToString(CultureInfo.InvariantCulture));
        }

        var body = MeetingJson.Write(meeting);
        var etag = ETags.For(Convert.ToBase64String(body));
        ETags.Set(http.Response, etag);
        if (http.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, Json);
    }

    private static async Task<IResult> GetNotesAsync(int id, HttpContext http, MeetingReader reader, WebNotes notes, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var (meeting, refused) = await ReadableAsync(id, reader, viewers, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        return await NotesAsync(meeting!, http, notes, cancellationToken);
    }

    private static async Task<IResult> PutNotesAsync(
        int id, [FromBody] NotesRequest request, HttpContext http, MeetingReader reader, WebNotes notes, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var meeting = await reader.ReadAsync(id, viewer, cancellationToken);
        if (meeting is null)
        {
            return Problems.NotFound("meeting " + id.ToString(CultureInfo.InvariantCulture));
        }

        if (!meeting.CanWrite)
        {
            return Problems.CannotWrite(viewer);
        }

        if (!meeting.IsWeb)
        {
            return Results.Problem(
                title: "Notes kept in a file",
                detail: "This meeting was imported from a notes file: edit the file and import it again.",
                statusCode: StatusCodes.Status409Conflict);
        }

        if (ETags.Check(http.Request, NotesETag(meeting)) is { } precondition)
        {
            return precondition;
        }

        if (request?.Notes is null)
        {
            return Problems.Invalid("Send the notes as {\"notes\": \"...\"}.");
        }

        var saved = await notes.SaveAsync(meeting, request.Notes, meeting.Version, cancellationToken);
        if (saved.Status == NotesSaveStatus.Failed)
        {
            return Problems.Invalid("These notes could not be read: " + saved.Error);
        }

        if (saved.Status != NotesSaveStatus.Saved)
        {
            return Results.Problem(title: "Changed since you read it", statusCode: StatusCodes.Status412PreconditionFailed);
        }

        var after = await reader.ReadAsync(saved.MeetingId, viewer, cancellationToken);
        return after is null ? Problems.NotFound("meeting") : await NotesAsync(after, http, notes, cancellationToken);
    }

    private static async Task<IResult> GetAgendaAsync(int id, MeetingReader reader, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var (meeting, refused) = await ReadableAsync(id, reader, viewers, cancellationToken);
        return refused ?? Results.Ok(meeting!.Agenda);
    }

    private static async Task<IResult> GetDecisionsAsync(int id, MeetingReader reader, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var (meeting, refused) = await ReadableAsync(id, reader, viewers, cancellationToken);
        return refused ?? Results.Ok(meeting!.Decisions);
    }

    private static async Task<IResult> ProposeAsync(
        string team, string series, [FromBody] TopicRequest request, DocketDbContext db, TopicProposals proposals, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var found = await TeamSeries.FindAsync(db, team, series, viewer, cancellationToken);
        if (found is null)
        {
            return Problems.NotFound("series " + series);
        }

        if (!found.CanWrite)
        {
            return Problems.CannotWrite(viewer);
        }

        var proposed = await proposals.ProposeAsync(found.SeriesId, request?.Title ?? "", viewer.DisplayName ?? "", request?.Minutes, request?.Link, cancellationToken);
        return proposed.Succeeded
            ? Results.Created($"/api/v1/teams/{found.TeamSlug}/series/{found.SeriesSlug}/next", proposed.Value)
            : Problems.Invalid(proposed.Message ?? "The topic was not proposed.");
    }

    private static async Task<IResult> NextAsync(
        string team, string series, DocketDbContext db, NextMeetingPlanner planner, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var found = await TeamSeries.FindAsync(db, team, series, viewer, cancellationToken);
        if (found is null)
        {
            return Problems.NotFound("series " + series);
        }

        if (!found.CanWrite)
        {
            return Problems.CannotWrite(viewer);
        }

        var planned = await planner.NextAsync(found.SeriesId, cancellationToken);
        if (!planned.Succeeded)
        {
            return Problems.Invalid(planned.Message ?? "No meeting could be planned.");
        }

        var agenda = planned.Value!;
        var pattern = OffsetDateTimePattern.ExtendedIso;
        var response = new NextResponse(
            found.SeriesSlug,
            agenda.Number,
            agenda.Occurrence.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            pattern.Format(agenda.Occurrence.Start.ToOffsetDateTime()),
            pattern.Format(agenda.Occurrence.End.ToOffsetDateTime()),
            agenda.Occurrence.Start.Zone.Id,
            agenda.Agenda,
            agenda.Created);
        return agenda.Created ? Results.Created($"/t/{found.TeamSlug}/s/{found.SeriesSlug}/next", response) : Results.Ok(response);
    }

    private static async Task<(MeetingView? Meeting, IResult? Refused)> ReadableAsync(int id, MeetingReader reader, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var meeting = await reader.ReadAsync(id, viewer, cancellationToken);
        if (meeting is null)
        {
            return (null, Problems.NotFound("meeting " + id.ToString(CultureInfo.InvariantCulture)));
        }

        return meeting.CanRead ? (meeting, null) : (null, Problems.Forbidden("The content of this meeting is for the team's members and guests."));
    }

    private static async Task<IResult> NotesAsync(MeetingView meeting, HttpContext http, WebNotes notes, CancellationToken cancellationToken)
    {
        var text = meeting.IsWeb ? await notes.TextAsync(meeting.SourcePath!, cancellationToken) : meeting.Notes ?? "";
        ETags.Set(http.Response, NotesETag(meeting));
        return Results.Ok(new NotesResponse(meeting.Id, meeting.SourcePath ?? "", meeting.IsWeb && meeting.CanWrite, text));
    }

    private static string NotesETag(MeetingView meeting) => ETags.For("notes:" + meeting.Version);

    /// <summary>The body of <c>PUT /api/v1/meetings/{id}/notes</c>.</summary>
    public sealed record NotesRequest(string? Notes);

    /// <summary>A meeting's notes; <c>editable</c> when they live on the web and the caller may write them.</summary>
    public sealed record NotesResponse(int Id, string Source, bool Editable, string Notes);

    /// <summary>The body of <c>POST .../topics</c>.</summary>
    public sealed record TopicRequest(string? Title, int? Minutes, string? Link);

    /// <summary>The planned next meeting; <c>created</c> when this call planned it.</summary>
    public sealed record NextResponse(string Series, int Number, string Date, string Start, string End, string TimeZone, string Agenda, bool Created);
}
