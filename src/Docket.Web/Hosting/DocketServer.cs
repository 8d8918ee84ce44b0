using System.Threading.RateLimiting;
using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.FileProviders;
using NodaTime;

namespace Docket.Web.Hosting;

/// <summary>Builds the web server: services, the request pipeline and every feature's routes.</summary>
public static class DocketServer
{
    /// <summary>The rate-limiting policy of sign-in and sign-up forms.</summary>
    public const string SignInLimit = "sign-in";

    /// <summary>The rate-limiting policy of everything under <c>/api</c>.</summary>
    public const string ApiLimit = "api";

    /// <summary>The output-cache policy (and tag) of pages and reads anonymous viewers share.</summary>
    public const string AnonymousReads = "anonymous-reads";

    public static WebApplication Build(ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Razor pages and views are compiled into this assembly, whoever hosts it.
            ApplicationName = typeof(DocketServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls([.. settings.Urls]);
        builder.Logging.ClearProviders();
        if (!settings.Quiet)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
            // Keys are kept in the store's own database; warning that they are not encrypted at rest there is noise.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        }

        ConfigureServices(builder.Services, settings);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureServices(IServiceCollection services, ServerSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(settings.Store);
        services.AddSingleton<IClock>(settings.Clock);
        services.AddScoped(_ => settings.Store.CreateContext());
        services.AddHttpContextAccessor();
        services.AddScoped<ViewerAccessor>();

        services.AddDataProtection()
            .SetApplicationName("Docket")
            .PersistKeysToDbContext<DocketDbContext>();

        services.AddIdentityCore<Account>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<DocketDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // Pages sign in with a cookie; the API and feeds with a bearer token. A request that carries
        // a token is judged by the token alone, and the API takes tokens only: a cookie sent along
        // to /api (say, by a page on another site) counts for nothing, so the API needs no CSRF defence.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "Docket";
                o.DefaultChallengeScheme = "Docket";
            })
            .AddPolicyScheme("Docket", "cookie or token", o =>
                o.ForwardDefaultSelector = context =>
                    TokenAuthentication.SecretFrom(context.Request) is { Length: > 0 } || context.Request.Path.StartsWithSegments("/api")
                        ? TokenAuthentication.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null)
            .AddIdentityCookies(o => o.ApplicationCookie?.Configure(cookie =>
            {
                cookie.LoginPath = "/account/sign-in";
                cookie.LogoutPath = "/account/sign-out";
                cookie.AccessDeniedPath = "/account/sign-in";
                cookie.Cookie.Name = "docket";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
                // The API answers 401, not a redirect to a sign-in page.
                cookie.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
            }));
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "docket-csrf";
            o.HeaderName = "X-CSRF-Token";
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(
                    title: "Too many requests",
                    detail: $"Slow down: try again in {seconds} s.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
            // Only attempts count: reading the form again is free.
            o.AddPolicy(SignInLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(ApiLimit, context => RateLimitPartition.GetTokenBucketLimiter(
                TokenAuthentication.SecretFrom(context.Request) is { Length: > 0 } secret ? "token:" + ApiTokens.Hash(secret) : ClientKey(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.ApiBurst,
                    TokensPerPeriod = settings.ApiPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        });

        // What anonymous readers get is the same for all of them, so it is kept for a few seconds:
        // the built-in policy never caches a signed-in or token request, a response that sets a
        // cookie, or anything but a 200. Every write through the server evicts it at once; writes
        // from elsewhere (a `docket import`) show within AnonymousCacheSeconds.
        services.AddOutputCache(o => o.AddPolicy(AnonymousReads, b => b.Expire(TimeSpan.FromSeconds(settings.AnonymousCacheSeconds)).Tag(AnonymousReads)));
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Docket API";
            document.Info.Description = "Meetings, agendas, notes, decisions, action items, people and search of Docket teams. JSON per docket.notes/v1.";
            return Task.CompletedTask;
        }));
        services.AddRazorPages(o => o.RootDirectory = "/Features");
        Features.Shared.FeatureCatalog.AddServices(services);
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        // Empty error responses get a body: problem details under /api, a page elsewhere.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(DocketServer).Assembly, "wwwroot"),
            RequestPath = "/assets",
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        // A request that brings a token is judged by it: an unknown or revoked one gets 401, never the anonymous view.
        app.Use(async (context, next) =>
        {
            if (TokenAuthentication.SecretFrom(context.Request) is { Length: > 0 } && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(TokenAuthentication.SchemeName).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseOutputCache();
        app.Use(async (context, next) =>
        {
            await next(context).ConfigureAwait(false);
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                await context.RequestServices.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>()
                    .EvictByTagAsync(AnonymousReads, CancellationToken.None).ConfigureAwait(false);
            }
        });
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/health", () => Results.Text("ok")).ExcludeFromDescription();
        Features.Shared.FeatureCatalog.Map(app);
        app.MapRazorPages();
    }

    private static string ClientKey(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
