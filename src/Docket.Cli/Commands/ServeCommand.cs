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
        var command = new Command("serve", "Serve the team pages and the REST API (SQLite by default, PostgreSQL with --db)") { urls };
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

            var provider = await StoreSession.OpenAsync("serve", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            await using var app = DocketServer.Build(new ServerSettings(provider, HostClock.Instance) { Urls = addresses });
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
        });
        return command;
    }
}
