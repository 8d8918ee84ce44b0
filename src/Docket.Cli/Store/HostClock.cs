using NodaTime;

namespace Docket.Cli.Store;

/// <summary>The real clock, chosen once here, at the composition root; everything else is handed an <see cref="IClock"/>.</summary>
internal static class HostClock
{
#pragma warning disable RS0030 // The one sanctioned use of the system clock.
    public static IClock Instance => SystemClock.Instance;
#pragma warning restore RS0030
}
