using System.CommandLine;
using Docket.Cli.Commands;
using Docket.Cli.Store;

var root = new RootCommand("Docket: meeting notes, agendas, decisions and action items for teams that meet every week.")
{
    ServeCommand.Create(),
    ParseCommand.Create(),
    ImportCommand.Create(),
    ActionsCommand.Create(),
    DecisionsCommand.Create(),
    SearchCommand.Create(),
    PeopleCommand.Create(),
    SeriesCommand.Create(),
    ProposeCommand.Create(),
    NextCommand.Create(),
    IcalCommand.Create(),
    MinutesCommand.Create(),
};
root.Options.Add(StoreOption.Create());

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
