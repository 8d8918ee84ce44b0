using System.CommandLine;
using System.Globalization;
using Docket.Cli.Store;
using Docket.Meetings.Scheduling;
using Docket.Meetings.Templates;
using Docket.Store;
using Docket.Store.Model;
using Docket.Store.Planning;
using NodaTime;
using NodaTime.Text;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket series add|edit|show|list|skip|move</c>: how a series meets, who takes part, which roles
/// rotate and which template its agendas use.
/// </summary>
internal static class SeriesCommand
{
    public static Command Create()
    {
        var command = new Command("series", "Series: cadence, time zones, members, roles, template, skipped and moved meetings");
        command.Subcommands.Add(Change("add", "Create a series with its cadence"));
        command.Subcommands.Add(Change("edit", "Change a series (also gives a series read from notes its cadence)"));
        command.Subcommands.Add(Show());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Skip());
        command.Subcommands.Add(Move());
        return command;
    }

    private static Command Change(string name, string description)
    {
        var series = new Argument<string>("SERIES") { Description = name == "add" ? "The series' name" : "The series (slug, name or a word of it)" };
        var cadence = new Option<string?>("--cadence") { Description = "When it meets: 'weekly on Thursday 11:00 America/Los_Angeles', 'every other Tuesday 15:00 UTC', 'first Friday of the month', or an RRULE" };
        var duration = new Option<int?>("--duration") { Description = "Length of a meeting, in minutes (default 60)" };
        var template = new Option<string?>("--template") { Description = "Agenda template: issue, pad, running, standup, or the path of a Markdown template" };
        var role = new Option<string[]>("--role") { Description = "A role to rotate (repeat, in order): --role moderator --role notetaker", AllowMultipleArgumentsPerToken = false };
        var member = new Option<string[]>("--member") { Description = "A member and their zone: --member carol=Europe/Berlin (repeat)" };
        var remove = new Option<string[]>("--remove-member") { Description = "Take a member out (repeat)" };
        var away = new Option<string[]>("--away") { Description = "A member away for now, passed over by the rotation (repeat)" };
        var back = new Option<string[]>("--back") { Description = "A member back from being away (repeat)" };
        var access = new Option<string?>("--access") { Description = "Who may read its notes: public, indexed or private" };
        var location = new Option<string?>("--location") { Description = "Where it meets: a room or a call link" };
        var rename = new Option<string?>("--name") { Description = "A new display name" };
        var offset = new Option<int?>("--rotation-offset") { Description = "Shift the rotation so it starts with someone else" };
        var command = new Command(name, description) { series, cadence, duration, template, role, member, remove, away, back, access, location, offset };
        if (name == "edit")
        {
            command.Options.Add(rename);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var prefix = $"docket series {name}";
            var members = new List<MemberSetting>();
            foreach (var text in result.GetValue(member) ?? [])
            {
                if (MemberSetting.Parse(text) is not { } parsed)
                {
                    await Console.Error.WriteLineAsync($"{prefix}: --member '{text}' is not NAME=ZONE, e.g. carol=Europe/Berlin").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }

                members.Add(parsed);
            }

            AccessLevel? level = null;
            if (result.GetValue(access) is { } typedAccess)
            {
                if (!Enum.TryParse<AccessLevel>(typedAccess, ignoreCase: true, out var parsedAccess) || !Enum.IsDefined(parsedAccess) || int.TryParse(typedAccess, out _))
                {
                    await Console.Error.WriteLineAsync($"{prefix}: --access '{typedAccess}' is not public, indexed or private").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }

                level = parsedAccess;
            }

            string? templateName = result.GetValue(template);
            string? templateSource = null;
            if (templateName is not null && !AgendaTemplate.BuiltInNames.Contains(templateName.Trim().ToLowerInvariant()))
            {
                if (!File.Exists(templateName))
                {
                    await Console.Error.WriteLineAsync($"{prefix}: --template '{templateName}' is neither a built-in template ({string.Join(", ", AgendaTemplate.BuiltInNames)}) nor a file").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }

                templateSource = await File.ReadAllTextAsync(templateName, cancellationToken).ConfigureAwait(false);
                templateName = Path.GetFileName(templateName);
            }

            var settings = new SeriesSettings
            {
                Cadence = result.GetValue(cadence),
                DurationMinutes = result.GetValue(duration),
                Template = templateName,
                TemplateSource = templateSource,
                Roles = result.GetValue(role) is { Length: > 0 } roles ? roles : null,
                Members = members,
                RemoveMembers = result.GetValue(remove) ?? [],
                Away = result.GetValue(away) ?? [],
                Back = result.GetValue(back) ?? [],
                Access = level,
                Location = result.GetValue(location),
                Name = name == "edit" ? result.GetValue(rename) : null,
                RotationOffset = result.GetValue(offset),
            };

            var provider = await StoreSession.OpenAsync($"series {name}", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var planner = new SeriesPlanner(provider, HostClock.Instance);
            var typed = result.GetValue(series)!;
            var done = name == "add"
                ? await planner.AddAsync(typed, settings, cancellationToken).ConfigureAwait(false)
                : await planner.EditAsync(typed, settings, cancellationToken).ConfigureAwait(false);
            return await PrintAsync(prefix, done).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Show()
    {
        var series = new Argument<string>("SERIES") { Description = "The series (slug, name or a word of it)" };
        var command = new Command("show", "A series' settings and its next meetings") { series };
        command.SetAction(async (result, cancellationToken) =>
        {
            var provider = await StoreSession.OpenAsync("series show", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var shown = await new SeriesPlanner(provider, HostClock.Instance).ShowAsync(result.GetValue(series)!, cancellationToken).ConfigureAwait(false);
            return await PrintAsync("docket series show", shown).ConfigureAwait(false);
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Every series, with its cadence and next meeting");
        command.SetAction(async (result, cancellationToken) =>
        {
            var provider = await StoreSession.OpenAsync("series list", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var all = await new SeriesPlanner(provider, HostClock.Instance).ListAsync(cancellationToken).ConfigureAwait(false);
            if (all.Count == 0)
            {
                Console.WriteLine("No series yet: import notes (`docket import`) or add one (`docket series add`).");
                return ExitCodes.Success;
            }

            foreach (var view in all)
            {
                var next = view.Upcoming.FirstOrDefault(o => o.Status != OccurrenceStatus.Skipped);
                Console.WriteLine($"{view.Slug}\t{view.Name}\t{view.Meetings.ToString(CultureInfo.InvariantCulture)} meetings\t{view.Cadence ?? "(no cadence)"}\t{(next is null ? "" : "next " + Utc(next.Instant))}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Skip()
    {
        var series = new Argument<string>("SERIES") { Description = "The series" };
        var date = new Argument<string>("DATE") { Description = "The meeting's date, as the cadence gives it (YYYY-MM-DD)" };
        var reason = new Option<string?>("--reason") { Description = "Why (shown in the calendar)" };
        var command = new Command("skip", "Skip one meeting: docket series skip athens 2019-07-04 --reason \"US holiday\"") { series, date, reason };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!TryDate(result.GetValue(date)!, out var day))
            {
                await Console.Error.WriteLineAsync($"docket series skip: '{result.GetValue(date)}' is not a date like 2019-07-04").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var provider = await StoreSession.OpenAsync("series skip", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var done = await new SeriesPlanner(provider, HostClock.Instance).SkipAsync(result.GetValue(series)!, day, result.GetValue(reason), cancellationToken).ConfigureAwait(false);
            return await PrintAsync("docket series skip", done).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Move()
    {
        var series = new Argument<string>("SERIES") { Description = "The series" };
        var date = new Argument<string>("DATE") { Description = "The meeting's date, as the cadence gives it (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "The date it moves to (default: same day)" };
        var at = new Option<string?>("--at") { Description = "The new start time, HH:mm in the series' zone (default: the usual time)" };
        var reason = new Option<string?>("--reason") { Description = "Why" };
        var command = new Command("move", "Move one meeting to another day or time") { series, date, to, at, reason };
        command.SetAction(async (result, cancellationToken) =>
        {
            var typedTo = result.GetValue(to) ?? result.GetValue(date)!;
            if (!TryDate(result.GetValue(date)!, out var day) || !TryDate(typedTo, out var newDay))
            {
                await Console.Error.WriteLineAsync("docket series move: dates are written like 2019-07-04").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            LocalTime? time = null;
            if (result.GetValue(at) is { } typedAt)
            {
                var parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(typedAt);
                if (!parsed.Success)
                {
                    await Console.Error.WriteLineAsync($"docket series move: --at '{typedAt}' is not a time like 16:00").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }

                time = parsed.Value;
            }

            if (time is null && newDay == day)
            {
                await Console.Error.WriteLineAsync("docket series move: say where to: --to DATE, --at HH:mm or both").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var provider = await StoreSession.OpenAsync("series move", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var done = await new SeriesPlanner(provider, HostClock.Instance).MoveAsync(result.GetValue(series)!, day, newDay, time, result.GetValue(reason), cancellationToken).ConfigureAwait(false);
            return await PrintAsync("docket series move", done).ConfigureAwait(false);
        });
        return command;
    }

    private static bool TryDate(string text, out LocalDate date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    private static async Task<int> PrintAsync(string prefix, QueryResult<SeriesView> result)
    {
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"{prefix}: {result.Message}").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        var view = result.Value!;
        Console.WriteLine($"{view.Name} ({view.Slug}), {view.Access.ToString().ToLowerInvariant()}, {view.Meetings.ToString(CultureInfo.InvariantCulture)} meetings stored");
        if (view.Cadence is null)
        {
            Console.WriteLine("cadence:  none yet (docket series edit " + view.Slug + " --cadence \"...\")");
            return ExitCodes.Success;
        }

        Console.WriteLine($"cadence:  {view.Cadence}");
        Console.WriteLine($"rrule:    {view.RRule}");
        Console.WriteLine($"template: {view.Template}");
        if (view.Location is not null)
        {
            Console.WriteLine($"location: {view.Location}");
        }

        Console.WriteLine($"roles:    {(view.Roles.Count == 0 ? "none" : string.Join(", ", view.Roles))}");
        Console.WriteLine($"members:  {(view.Members.Count == 0 ? "none" : string.Join(", ", view.Members.Select(m => $"{m.Name} ({m.Zone}{(m.Away ? ", away" : "")})")))}");
        foreach (var change in view.Changes)
        {
            Console.WriteLine($"change:   {change}");
        }

        foreach (var next in view.Upcoming)
        {
            var state = next.Status switch
            {
                OccurrenceStatus.Skipped => "  skipped" + (next.Reason is null ? "" : ": " + next.Reason),
                OccurrenceStatus.Moved => "  moved from " + next.RuleDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (next.Reason is null ? "" : ": " + next.Reason),
                _ => "",
            };
            Console.WriteLine($"next:     {next.Start.LocalDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {next.Start.Zone.Id} ({Utc(next.Instant)}){state}");
        }

        return ExitCodes.Success;
    }

    private static string Utc(Instant instant) => instant.InUtc().LocalDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
