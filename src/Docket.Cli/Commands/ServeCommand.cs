using System.CommandLine;
using Docket.Cli.Store;
using Docket.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Docket.Cli.Commands;

/// <summary><c>docket serve [--urls URL]</c>: the web pages and the REST API over the store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, separated by ';' (port 0 picks a free one)",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var demo = new Option<bool>("--demo") { Description = "Serve a demo team on a throw-away database (deleted when the server stops)" };
        var command = new Command("serve", "Serve the team pages and the REST API (SQLite by default, PostgreSQL with --db)") { urls, demo };
        command.SetAction(async (result, cancellationToken) =>
        {
            var addresses = result.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var address in addresses)
            {
                if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    await Console.Error.WriteLineAsync($"docket serve: --urls '{address}' is not an http(s) address").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }
            }

            var isDemo = result.GetValue(demo);
            if (isDemo && result.GetValue<string?>("--db") is not null)
            {
                await Console.Error.WriteLineAsync("docket serve: --demo makes its own throw-away database; leave out --db").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var demoFolder = isDemo ? Directory.CreateTempSubdirectory("docket-demo-") : null;
            try
            {
                var db = demoFolder is null ? result.GetValue<string?>("--db") : Path.Combine(demoFolder.FullName, "demo.db");
                var provider = await StoreSession.OpenAsync("serve", db, cancellationToken).ConfigureAwait(false);
                if (provider is null)
                {
                    return ExitCodes.BadInput;
                }

                return await ServeAsync(provider, addresses, isDemo, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (demoFolder is not null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    demoFolder.Delete(recursive: true);
                }
            }
        });
        return command;
    }

    private static async Task<int> ServeAsync(Docket.Store.Storage.StoreProvider provider, string[] addresses, bool isDemo, CancellationToken cancellationToken)
    {
        if (isDemo)
        {
            var summary = await Docket.Demo.DemoTeam.SeedAsync(provider, HostClock.Instance, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Demo team '{summary.Team}': {summary.Series.Count} series, {summary.Meetings} meetings, {summary.Decisions} decisions, {summary.Actions} action items.");
        }

        await using var app = DocketServer.Build(new ServerSettings(provider, HostClock.Instance) { Urls = addresses });
        if (isDemo)
        {
            await DemoAccounts.SeedAsync(app.Services, Docket.Demo.DemoTeam.Slug, cancellationToken).ConfigureAwait(false);
            foreach (var (email, _, role) in DemoAccounts.People)
            {
                Console.WriteLine($"  sign in as {email} ({role.ToString().ToLowerInvariant()}), password {DemoAccounts.Password}");
            }
        }

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"docket serve: cannot listen on {string.Join(", ", addresses)}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? addresses;
        Console.WriteLine($"Docket is serving {provider.Description} at {string.Join(", ", listening)} (Ctrl+C stops)");
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
