using System.CommandLine;
using System.Text;
using System.Text.Json;
using Docket.Cli.Store;
using Docket.Store.Search;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket search QUERY [--series S] [--who NAME] [--kind K] [--since DATE] [--until DATE] [--json]</c>:
/// everything stored, ranked, with the matched words highlighted and the meeting they came from.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("QUERY")
        {
            Description = "Words, \"phrases\", -not, prefix*, a OR b, #123, who:NAME, kind:decision|action|question|note|agenda|update, series:S, since:DATE, until:DATE",
            Arity = ArgumentArity.OneOrMore,
        };
        var series = new Option<string?>("--series") { Description = "Only this series (slug, name or a word of it)" };
        var who = new Option<string?>("--who") { Description = "Only items about this person (owner, proposer, standup author)" };
        var kind = new Option<string?>("--kind") { Description = "Only decision, action, question, note, agenda or update" };
        var since = new Option<string?>("--since") { Description = "Only meetings on or after this date (YYYY-MM-DD)" };
        var until = new Option<string?>("--until") { Description = "Only meetings on or before this date (YYYY-MM-DD)" };
        var limit = new Option<int>("--limit") { Description = "How many results to show (at most 200)", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("search", "Find anything said in any meeting") { query, series, who, kind, since, until, limit, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var dates = new Dictionary<string, LocalDate?>();
            foreach (var (name, option) in new[] { ("--since", since), ("--until", until) })
            {
                var text = result.GetValue(option);
                if (text is null)
                {
                    dates[name] = null;
                    continue;
                }

                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    await Console.Error.WriteLineAsync($"docket search: {name} '{text}' is not a date like 2019-06-13").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }

                dates[name] = parsed.Value;
            }

            var request = new SearchRequest(string.Join(' ', result.GetValue(query)!))
            {
                Series = result.GetValue(series),
                Who = result.GetValue(who),
                Kind = result.GetValue(kind),
                Since = dates["--since"],
                Until = dates["--until"],
                Limit = result.GetValue(limit),
            };
            return await RunAsync(request, result.GetValue(json), result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(SearchRequest request, bool json, string? db, CancellationToken cancellationToken)
    {
        if (request.Limit is < 1 or > SearchService.MaxLimit)
        {
            await Console.Error.WriteLineAsync($"docket search: --limit must be between 1 and {SearchService.MaxLimit}").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        var provider = await StoreSession.OpenAsync("search", db, cancellationToken).ConfigureAwait(false);
        if (provider is null)
        {
            return ExitCodes.BadInput;
        }

        var result = await new SearchService(provider).SearchAsync(request, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"docket search: {result.Message}").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        var found = result.Value!;
        if (json)
        {
            await using var stdout = Console.OpenStandardOutput();
            await JsonSerializer.SerializeAsync(stdout, new
            {
                query = found.Query.Describe(),
                total = found.Total,
                totalIsCapped = found.TotalIsCapped,
                hits = found.Hits.Select(h => new
                {
                    kind = h.Kind.ToString().ToLowerInvariant(),
                    text = h.Text,
                    snippet = Plain(h.Snippet, "**"),
                    meeting = Output.Meeting(h.Source),
                }),
            }, Output.Json, cancellationToken).ConfigureAwait(false);
            Console.WriteLine();
            return ExitCodes.Success;
        }

        if (found.Hits.Count == 0)
        {
            Console.WriteLine($"Nothing found for {found.Query.Describe()}.");
            return ExitCodes.Success;
        }

        foreach (var hit in found.Hits)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Output.WhereInFull(hit.Source))}[/] [grey]{hit.Kind.ToString().ToLowerInvariant()}[/]");
            AnsiConsole.MarkupLine("  " + Highlighted(hit.Snippet));
        }

        var total = found.TotalIsCapped ? $"more than {SearchIndexQuery.CountCap}" : found.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"{found.Hits.Count} shown of {total} results for {found.Query.Describe()}");
        return ExitCodes.Success;
    }

    /// <summary>The snippet as Spectre markup: the text escaped, the highlight markers turned into style.</summary>
    private static string Highlighted(string snippet) =>
        Markup.Escape(snippet).Replace(SearchHit.HighlightStart.ToString(), "[yellow bold]", StringComparison.Ordinal)
            .Replace(SearchHit.HighlightEnd.ToString(), "[/]", StringComparison.Ordinal);

    private static string Plain(string snippet, string mark)
    {
        var text = new StringBuilder(snippet.Length);
        foreach (var c in snippet)
        {
            text.Append(c is SearchHit.HighlightStart or SearchHit.HighlightEnd ? mark : c.ToString());
        }

        return text.ToString();
    }
}
