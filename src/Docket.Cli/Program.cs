using System.CommandLine;
using Docket.Cli.Commands;

var root = new RootCommand("Docket: meeting notes, agendas, decisions and action items for teams that meet every week.")
{
    ParseCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
