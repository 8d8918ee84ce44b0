using System.Globalization;
using System.Net;
using Docket.Benchmarks.Import;
using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.Sqlite;
using Docket.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Docket.Benchmarks.Web;

/// <summary>
/// Load on the web server (issue 5): wrk at 64 connections against an empty ASP.NET Core endpoint
/// (the baseline: Kestrel on loopback, a constant two-byte body), then against Docket's server
/// over a SQLite store holding one real meeting: its page and its API resource. Both servers run
/// in this process, one after the other, with the same runtime settings. Figure: the slower of
/// the two Docket routes in requests per second over the baseline's; target at least 0.30 with
/// no errors.
/// </summary>
internal sealed class WebBenchmark : IBenchmark
{
    private const string TeamSlug = "lantern";
    private const string SeriesName = "Release sync";
    private const string NotesResource = "Docket.Benchmarks.Web.release-sync.md";
    private const int WarmupSeconds = 2;

    // Raised for the run: at the defaults (50/s, burst 200) nearly every request under load is a 429.
    private const int ApiPerSecond = 1_000_000;

    public string Name => "web";

    public string Description => "wrk at 64 connections: the meeting page and GET /api/v1/meetings/{id} vs an empty ASP.NET Core endpoint; figure: min(page, api) req/s / baseline req/s";

    public int Run(BenchmarkSettings settings, TextWriter output)
    {
        try
        {
            return RunAsync(settings, output).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e)
        {
            // A route that does not answer, a seed that did not import, wrk failing: no figure, a reason.
            Console.Error.WriteLine($"bench web: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunAsync(BenchmarkSettings settings, TextWriter output)
    {
        var wrk = Wrk.Find(output, out var problem);
        if (wrk is null)
        {
            Console.Error.WriteLine($"bench web: {problem}");
            return 1;
        }

        var load = settings.Load;
        output.WriteLine($"load: {Wrk.Describe(load)}, after {WarmupSeconds} s of the same load untimed (JIT, caches, connection pools); wrk and the server share this machine's {Environment.ProcessorCount} cores");

        WrkResult baseline;
        await using (var empty = BuildBaseline())
        {
            await empty.StartAsync().ConfigureAwait(false);
            var url = new Uri(AddressOf(empty), "/");
            await ExpectOkAsync(url, "ok").ConfigureAwait(false);
            baseline = Measure(wrk, url, load);
            output.WriteLine($"baseline  GET /  (empty endpoint, constant body)    {baseline.Describe()}");
            await empty.StopAsync().ConfigureAwait(false);
        }

        var folder = Directory.CreateTempSubdirectory("docket-bench-web-");
        try
        {
            var store = new SqliteStore(Path.Combine(folder.FullName, "docket.db"));
            await store.PrepareAsync(CancellationToken.None).ConfigureAwait(false);
            var meeting = await SeedAsync(store).ConfigureAwait(false);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"docket: SQLite store in {folder.FullName}; team '{TeamSlug}', public series '{SeriesName}', one meeting (id {meeting.Id}, {meeting.Decisions} decisions, {meeting.Actions} action items) imported from the bench's own notes"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"docket: API rate limit raised for the run to {ApiPerSecond}/s, burst {ApiPerSecond} (ServerSettings.ApiPerSecond/ApiBurst; the default is 50/s, burst 200); anonymous requests, as a public series is read"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"docket: the anonymous output cache is on, as in production (ServerSettings.AnonymousCacheSeconds = {new ServerSettings(store, FixedClock.Instance).AnonymousCacheSeconds}): most requests are served from it, not rendered"));

            var server = DocketServer.Build(new ServerSettings(store, FixedClock.Instance)
            {
                Urls = ["http://127.0.0.1:0"],
                Quiet = true,
                ApiPerSecond = ApiPerSecond,
                ApiBurst = ApiPerSecond,
            });
            WrkResult page;
            WrkResult api;
            await using (server)
            {
                await server.StartAsync().ConfigureAwait(false);
                var address = AddressOf(server);
                var pageUrl = new Uri(address, $"/meetings/{meeting.Id}");
                var apiUrl = new Uri(address, $"/api/v1/meetings/{meeting.Id}");
                await ExpectOkAsync(pageUrl, "Lantern").ConfigureAwait(false);
                await ExpectOkAsync(apiUrl, "Lantern").ConfigureAwait(false);
                page = Measure(wrk, pageUrl, load);
                output.WriteLine($"page      GET {pageUrl.AbsolutePath,-33} {page.Describe()}");
                api = Measure(wrk, apiUrl, load);
                output.WriteLine($"api       GET {apiUrl.AbsolutePath,-33} {api.Describe()}");
                await server.StopAsync().ConfigureAwait(false);
            }

            SqliteConnection.ClearAllPools();
            var ratio = Math.Min(page.RequestsPerSecond, api.RequestsPerSecond) / baseline.RequestsPerSecond;
            var errors = baseline.HasErrors || page.HasErrors || api.HasErrors;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"errors: {(errors ? "YES" : "none")} (baseline {baseline.Non2xx} non-2xx/3xx, {baseline.SocketErrorText}; page {page.Non2xx}, {page.SocketErrorText}; api {api.Non2xx}, {api.SocketErrorText})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio below = min(page, api) req/s / baseline req/s, higher is better (target at least 0.30 with no errors: {(ratio >= 0.30 && !errors ? "met" : "not met")})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"web ratio={ratio:F2}"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    // The baseline: the same host builder Docket uses (WebApplication, Kestrel, loopback, no logging), one constant route.
    private static WebApplication BuildBaseline()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.Text("ok"));
        return app;
    }

    private static WrkResult Measure(Wrk wrk, Uri url, WebLoad load)
    {
        wrk.Measure(url, load with { Seconds = WarmupSeconds });
        return wrk.Measure(url, load);
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    // wrk counts a redirect as a success: check once that the route answers 200 with the content it should.
    private static async Task ExpectOkAsync(Uri url, string expected)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await client.GetAsync(url).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} without '{expected}' before the load started: {body[..Math.Min(body.Length, 300)]}");
        }
    }

    private static async Task<SeededMeeting> SeedAsync(SqliteStore store)
    {
        await using (var db = store.CreateContext())
        {
            db.Teams.Add(new Team(TeamSlug, "Lantern"));
            await db.SaveChangesAsync().ConfigureAwait(false);
        }

        byte[] notes;
        await using (var stream = typeof(WebBenchmark).Assembly.GetManifestResourceStream(NotesResource)
            ?? throw new InvalidOperationException($"the resource {NotesResource} is missing"))
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy).ConfigureAwait(false);
            notes = copy.ToArray();
        }

        var import = await new NotesImporter(store, FixedClock.Instance)
            .ImportAsync(new ImportRequest("lantern/release-sync/2026-11-19.md", notes) { Team = TeamSlug, Series = SeriesName })
            .ConfigureAwait(false);
        if (import.Error is not null || import.Meetings != 1)
        {
            throw new InvalidOperationException($"the bench's notes did not import as one meeting: {import.ErrorText ?? import.Meetings + " meetings"}");
        }

        await using var read = store.CreateContext();
        var series = await read.Series.SingleAsync(s => s.Team.Slug == TeamSlug).ConfigureAwait(false);
        if (series.Access != AccessLevel.Public)
        {
            throw new InvalidOperationException($"the series was imported as {series.Access}; the benchmark reads a public one");
        }

        var id = await read.Meetings.Select(m => m.Id).SingleAsync().ConfigureAwait(false);
        return new SeededMeeting(id, import.Decisions, import.Actions);
    }

    private sealed record SeededMeeting(int Id, int Decisions, int Actions);
}
