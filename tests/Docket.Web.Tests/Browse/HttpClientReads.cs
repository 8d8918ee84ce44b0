namespace Docket.Web.Tests.Browse;

internal static class HttpClientReads
{
    /// <summary>The body whatever the status, prefixed by it, so a leak in an error page is caught too.</summary>
    public static async Task<string> GetStringOrStatusAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }
}
