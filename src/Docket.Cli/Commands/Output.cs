using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Docket.Store.Model;
using NodaTime;

namespace Docket.Cli.Commands;

/// <summary>How the store's commands print what they found, in both forms (tables and JSON).</summary>
internal static class Output
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Date(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary><c>2019-06-13 notes.md:12</c>: short enough for a table column; <c>--json</c> has the full path.</summary>
    public static string Where(SourceRef source) => $"{Date(source.Date)} {Path.GetFileName(source.File)}:{source.Line.ToString(CultureInfo.InvariantCulture)}";

    /// <summary><c>series 2019-06-13 (path:line)</c>, with the path relative to here when it is below.</summary>
    public static string WhereInFull(SourceRef source) => $"{source.Series} {Date(source.Date)} ({Relative(source.File)}:{source.Line.ToString(CultureInfo.InvariantCulture)})";

    public static object Meeting(SourceRef source) => new
    {
        id = source.MeetingId,
        title = source.MeetingTitle,
        date = source.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        series = source.Series,
        file = source.File,
        line = source.Line,
    };

    public static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
