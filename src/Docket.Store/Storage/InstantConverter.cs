using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Docket.Store.Storage;

/// <summary>Stores an <see cref="Instant"/> as a UTC timestamp (PostgreSQL <c>timestamptz</c> wants UTC kinds).</summary>
internal sealed class InstantConverter() : ValueConverter<Instant, DateTime>(i => i.ToDateTimeUtc(), d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));
