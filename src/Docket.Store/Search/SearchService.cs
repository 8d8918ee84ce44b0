using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Search.Query;
using Docket.Store.Storage;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Search;

/// <summary>
/// Search over everything stored: parses Docket's query syntax (user text never reaches the
/// database's own query language), resolves names and series, then asks the provider's index.
/// </summary>
public sealed class SearchService(StoreProvider provider)
{
    public const int MaxLimit = 200;

    public async Task<QueryResult<SearchResults>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = SearchQueryParser.Parse(request.Query);
        if (!parsed.Succeeded)
        {
            return QueryResult.Bad<SearchResults>(parsed.Error.Message);
        }

        var query = parsed.Query;
        var kinds = query.Kinds.Select(ToEntryKind).ToHashSet();
        if (request.Kind is { } typedKind)
        {
            if (!SearchQueryParser.TryParseKind(typedKind, out var kind))
            {
                return QueryResult.Bad<SearchResults>($"unknown kind '{typedKind}': use one of {SearchQueryParser.KindNames}");
            }

            // Both given: the option narrows what the query allows.
            kinds = kinds.Count == 0 || kinds.Contains(ToEntryKind(kind)) ? [ToEntryKind(kind)] : [];
            if (kinds.Count == 0)
            {
                return QueryResult.Ok(new SearchResults(query, [], 0, false));
            }
        }

        await using var db = provider.CreateContext();
        IReadOnlyCollection<int>? series = request.VisibleSeries;
        foreach (var typed in new[] { request.Series, query.Series }.OfType<string>())
        {
            var match = await SeriesLookup.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
            if (request.VisibleSeries is { } visible)
            {
                // A series the asker may not read is answered like one that does not exist.
                match = new SeriesMatch(typed, match.Ids.Intersect(visible).ToList());
            }

            if (!match.Found)
            {
                return QueryResult.NoSuchSeries<SearchResults>(typed);
            }

            series = series is null ? match.Ids : series.Intersect(match.Ids).ToList();
        }

        var people = new List<IReadOnlyCollection<int>>();
        foreach (var typed in query.Who.Append(request.Who).OfType<string>())
        {
            var ids = await PeopleLookup.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
            if (request.VisibleSeries is { } visible && ids.Count > 0)
            {
                // Only people of teams the asker can read something of: no probing other teams' names.
                var teams = await db.Series.Where(s => visible.Contains(s.Id)).Select(s => s.TeamId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
                ids = await db.People.Where(p => ids.Contains(p.Id) && teams.Contains(p.TeamId)).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            if (ids.Count == 0)
            {
                return QueryResult.NoSuchPerson<SearchResults>(typed);
            }

            people.Add(ids);
        }

        var since = Later(request.Since, query.Since);
        var until = Earlier(request.Until, query.Until);
        if (since is { } from && until is { } to && from > to)
        {
            return QueryResult.Bad<SearchResults>($"since {from:yyyy-MM-dd} is after until {to:yyyy-MM-dd}");
        }

        var indexQuery = new SearchIndexQuery
        {
            Fts5 = query.HasText ? Fts5QueryText.From(query) : null,
            TsQuery = query.HasText ? PostgresTsQuery.From(query) : null,
            Kinds = kinds,
            Series = series,
            HiddenMeetings = request.HiddenMeetings,
            People = people,
            Since = since,
            Until = until,
            Limit = Math.Clamp(request.Limit, 1, MaxLimit),
        };
        var (hits, total) = await provider.Search.SearchAsync(db, indexQuery, cancellationToken).ConfigureAwait(false);
        var sources = await SourceRefs.ForMeetingsAsync(db, hits.Select(h => h.MeetingId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var results = hits.Select(h => new SearchHit(h.EntryId, h.Kind, h.Snippet, h.Text, sources[h.MeetingId] with { Line = h.Line })).ToList();
        return QueryResult.Ok(new SearchResults(query, results, total, total > SearchIndexQuery.CountCap));
    }

    private static SearchKind ToEntryKind(SearchItemKind kind) => kind switch
    {
        SearchItemKind.Decision => SearchKind.Decision,
        SearchItemKind.Action => SearchKind.Action,
        SearchItemKind.Question => SearchKind.Question,
        SearchItemKind.Agenda => SearchKind.Agenda,
        SearchItemKind.Update => SearchKind.Update,
        _ => SearchKind.Note,
    };

    private static NodaTime.LocalDate? Later(NodaTime.LocalDate? a, NodaTime.LocalDate? b) => a is null ? b : b is null ? a : NodaTime.LocalDate.Max(a.Value, b.Value);

    private static NodaTime.LocalDate? Earlier(NodaTime.LocalDate? a, NodaTime.LocalDate? b) => a is null ? b : b is null ? a : NodaTime.LocalDate.Min(a.Value, b.Value);
}
