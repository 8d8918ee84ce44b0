using System.Net;
using System.Text.Json;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Hosting;

public sealed class ServerTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FrontPage_AnyProvider_AnswersWithStrictSecurityHeaders(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OpenApiDocument_IsServedAsJson()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Docket API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Theory]
    // A page that does not exist gets the site's own 404 page, not a bare status.
    [InlineData("/no/such/page", "text/html")]
    // Under /api the same is a problem-details document.
    [InlineData("/api/v1/no/such/thing", "application/problem+json")]
    public async Task UnknownPath_Answers404InTheRightForm(string path, string mediaType)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/assets/docket.css", "text/css")]
    [InlineData("/assets/htmx.min.js", "text/javascript")]
    public async Task Assets_AreServedFromTheAssembly(string path, string mediaType)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
