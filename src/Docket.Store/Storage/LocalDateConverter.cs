using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Docket.Store.Storage;

/// <summary>Stores a <see cref="LocalDate"/> as a date column (TEXT <c>yyyy-MM-dd</c> in SQLite, so it sorts).</summary>
internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d));
