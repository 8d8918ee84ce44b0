using Docket.Store.Model;
using Docket.Store.Storage;
using NodaTime;

namespace Docket.Store.Planning;

/// <summary><c>docket propose</c>: anyone puts a topic on the next meeting's agenda, like the <c>(Aaron) topic</c> bullets of a running agenda.</summary>
public sealed class TopicProposals(StoreProvider provider, IClock clock)
{
    /// <summary>The longest time box a topic may ask for.</summary>
    public const int MaxMinutes = 600;

    public Task<QueryResult<AgendaTopicView>> ProposeAsync(string typedSeries, string title, string by, int? minutes, string? link, CancellationToken cancellationToken = default) =>
        ProposeAsync((db, ct) => PlanningSeries.ResolveAsync(db, typedSeries, ct), title, by, minutes, link, cancellationToken);

    /// <summary>The same for one series by id: the web resolves a series within its team, where slugs are unique.</summary>
    public Task<QueryResult<AgendaTopicView>> ProposeAsync(int seriesId, string title, string by, int? minutes, string? link, CancellationToken cancellationToken = default) =>
        ProposeAsync((db, ct) => PlanningSeries.ResolveAsync(db, seriesId, ct), title, by, minutes, link, cancellationToken);

    private async Task<QueryResult<AgendaTopicView>> ProposeAsync(
        Func<DocketDbContext, CancellationToken, Task<QueryResult<Series>>> resolve, string title, string by, int? minutes, string? link, CancellationToken cancellationToken)
    {
        var cleanTitle = OneLine(title);
        var cleanBy = OneLine(by);
        if (cleanTitle.Length == 0)
        {
            return QueryResult.Bad<AgendaTopicView>("the topic is empty");
        }

        if (cleanTitle.Length > 1000)
        {
            return QueryResult.Bad<AgendaTopicView>("the topic is longer than 1000 characters: put the details behind --link");
        }

        if (cleanBy.Length == 0 || cleanBy.Length > 200)
        {
            return QueryResult.Bad<AgendaTopicView>("say who proposes it: --by NAME");
        }

        if (minutes is { } m && m is < 1 or > MaxMinutes)
        {
            return QueryResult.Bad<AgendaTopicView>($"--minutes must be between 1 and {MaxMinutes}");
        }

        if (link is not null && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && link.Trim().Length <= 2000))
        {
            return QueryResult.Bad<AgendaTopicView>($"--link '{link}' is not an http(s) link");
        }

        await using var db = provider.CreateContext();
        var found = await resolve(db, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return new QueryResult<AgendaTopicView>(null, found.Problem, found.Message);
        }

        var topic = new ProposedTopic(found.Value!, cleanTitle, cleanBy, minutes, link?.Trim(), clock.GetCurrentInstant());
        db.Add(topic);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok(new AgendaTopicView(topic.Id, found.Value!.Slug, topic.Title, topic.Proposer, topic.Minutes, topic.Link));
    }

    /// <summary>One line of text: line breaks and other controls become spaces, so a topic cannot forge agenda or calendar lines.</summary>
    internal static string OneLine(string? text)
    {
        if (text is null)
        {
            return "";
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var lone = (char.IsHighSurrogate(c) && (i + 1 >= chars.Length || !char.IsLowSurrogate(chars[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(chars[i - 1])));
            if (char.IsControl(c) || c is '\u2028' or '\u2029' || lone)
            {
                chars[i] = lone ? '\uFFFD' : ' ';
            }
        }

        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
