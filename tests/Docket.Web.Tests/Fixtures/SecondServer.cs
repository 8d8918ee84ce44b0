using Docket.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Docket.Web.Tests.Fixtures;

/// <summary>
/// Another server over a <see cref="TestServer"/>'s store, as after a restart: its own services,
/// key ring and memory, sharing only the database. Disposing it leaves the store to its owner.
/// </summary>
public sealed class SecondServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SecondServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<SecondServer> StartAsync(TestServer first)
    {
        ArgumentNullException.ThrowIfNull(first);
        var settings = new ServerSettings(first.Store, first.Clock) { Urls = ["http://127.0.0.1:0"], Quiet = true, ApiPerSecond = 10_000, ApiBurst = 10_000, SignInPerMinute = 1_000 };
        var app = DocketServer.Build(settings);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SecondServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
