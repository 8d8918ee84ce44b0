using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Accounts;

/// <summary>Posts a page's form as a browser would: the antiforgery token read from <paramref name="page"/>, then the fields.</summary>
internal static class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IReadOnlyDictionary<string, string> fields)
    {
        var token = await TestServer.AntiforgeryTokenAsync(client, page);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var form = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(action, UriKind.Relative), form);
    }

    public static async Task<HttpResponseMessage> SignUpAsync(HttpClient client, string displayName, string email, string password = TestServer.Password) =>
        await PostAsync(client, "/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["DisplayName"] = displayName,
            ["Email"] = email,
            ["Password"] = password,
        });

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return await PostAsync(client, "/account/sign-in", "/account/sign-in", fields);
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
