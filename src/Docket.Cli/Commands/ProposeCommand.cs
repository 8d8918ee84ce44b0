using System.CommandLine;
using System.Globalization;
using Docket.Cli.Store;
using Docket.Store.Planning;

namespace Docket.Cli.Commands;

/// <summary><c>docket propose SERIES "topic" --by NAME [--minutes N] [--link URL]</c>: a topic for the next meeting.</summary>
internal static class ProposeCommand
{
    public static Command Create()
    {
        var series = new Argument<string>("SERIES") { Description = "The series (slug, name or a word of it)" };
        var topic = new Argument<string>("TOPIC") { Description = "What to talk about" };
        var by = new Option<string>("--by") { Description = "Who proposes it", Required = true };
        var minutes = new Option<int?>("--minutes") { Description = "Its time box, in minutes" };
        var link = new Option<string?>("--link") { Description = "An issue or document about it" };
        var command = new Command("propose", "Propose a topic for the next meeting of a series") { series, topic, by, minutes, link };
        command.SetAction(async (result, cancellationToken) =>
        {
            var provider = await StoreSession.OpenAsync("propose", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var proposed = await new TopicProposals(provider, HostClock.Instance).ProposeAsync(
                result.GetValue(series)!, result.GetValue(topic)!, result.GetValue(by)!, result.GetValue(minutes), result.GetValue(link), cancellationToken).ConfigureAwait(false);
            if (!proposed.Succeeded)
            {
                await Console.Error.WriteLineAsync($"docket propose: {proposed.Message}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var view = proposed.Value!;
            var box = view.Minutes is { } m ? $" ({m.ToString(CultureInfo.InvariantCulture)} min)" : "";
            Console.WriteLine($"Proposed for the next {view.Series} meeting: ({view.Proposer}) {view.Title}{box}");
            return ExitCodes.Success;
        });
        return command;
    }
}
