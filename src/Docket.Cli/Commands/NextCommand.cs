using System.CommandLine;
using System.Globalization;
using Docket.Cli.Store;
using Docket.Store.Planning;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket next SERIES [--out FILE]</c>: plans the series' next meeting and prints its agenda (or
/// writes it); asking again before the meeting prints the same agenda.
/// </summary>
internal static class NextCommand
{
    public static Command Create()
    {
        var series = new Argument<string>("SERIES") { Description = "The series (slug, name or a word of it)" };
        var output = new Option<string?>("--out") { Description = "Write the agenda to this file instead of printing it" };
        var command = new Command("next", "Make the next meeting's agenda: date and zones, roles, topics, carried-over items") { series, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            var provider = await StoreSession.OpenAsync("next", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var next = await new NextMeetingPlanner(provider, HostClock.Instance).NextAsync(result.GetValue(series)!, cancellationToken).ConfigureAwait(false);
            if (!next.Succeeded)
            {
                await Console.Error.WriteLineAsync($"docket next: {next.Message}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var agenda = next.Value!;
            if (result.GetValue(output) is not { } path)
            {
                Console.Write(agenda.Agenda);
                return ExitCodes.Success;
            }

            await File.WriteAllTextAsync(path, agenda.Agenda, cancellationToken).ConfigureAwait(false);
            var start = agenda.Occurrence.Start;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{agenda.Series} {agenda.NumberText} {start.Date:yyyy-MM-dd} {start.TimeOfDay:HH:mm} {start.Zone.Id} ({agenda.Occurrence.Instant.InUtc().LocalDateTime:yyyy-MM-dd HH:mm} UTC){(agenda.Created ? "" : ", planned before")}: {path}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
