using System.CommandLine;
using Docket.Cli.Store;
using Docket.Store.Planning;

namespace Docket.Cli.Commands;

/// <summary><c>docket ical SERIES [--out FILE] [--base-url URL]</c>: the series as an iCalendar feed.</summary>
internal static class IcalCommand
{
    public static Command Create()
    {
        var series = new Argument<string>("SERIES") { Description = "The series (slug, name or a word of it)" };
        var output = new Option<string?>("--out") { Description = "Write the feed to this file instead of printing it" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where Docket's pages are served: each event links to its agenda there" };
        var command = new Command("ical", "The series' meetings, past and coming, as an iCalendar (RFC 5545) feed") { series, output, baseUrl };
        command.SetAction(async (result, cancellationToken) =>
        {
            Uri? url = null;
            if (result.GetValue(baseUrl) is { } typedUrl)
            {
                var withSlash = typedUrl.EndsWith('/') ? typedUrl : typedUrl + "/";
                if (!Uri.TryCreate(withSlash, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
                {
                    await Console.Error.WriteLineAsync($"docket ical: --base-url '{typedUrl}' is not an http(s) link").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }
            }

            var provider = await StoreSession.OpenAsync("ical", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var feed = await new SeriesFeed(provider, HostClock.Instance).WriteAsync(result.GetValue(series)!, url, cancellationToken).ConfigureAwait(false);
            if (!feed.Succeeded)
            {
                await Console.Error.WriteLineAsync($"docket ical: {feed.Message}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            if (result.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, feed.Value, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(System.Text.Encoding.UTF8.GetBytes(feed.Value!), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
