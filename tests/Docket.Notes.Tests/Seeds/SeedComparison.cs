using System.Globalization;
using System.Text.Json;

namespace Docket.Notes.Tests.Seeds;

/// <summary>
/// Compares two <c>docket.notes/v1</c> documents field by field, the expected one written by a
/// person and the actual one written by Docket, and lists every difference in words that name the
/// meeting and the field. Identity fields compare exactly, texts loosely (<see cref="LooseText"/>),
/// names case-insensitively, and items the notes do not order (decisions, actions, questions,
/// updates, references) as multisets or sets.
/// </summary>
internal static class SeedComparison
{
    public static IReadOnlyList<string> Compare(JsonElement expected, JsonElement actual)
    {
        var problems = new List<string>();
        var expectedMeetings = Array(expected, "meetings").ToList();
        var actualMeetings = Array(actual, "meetings").ToList();

        if (expectedMeetings.Count == actualMeetings.Count)
        {
            for (var i = 0; i < expectedMeetings.Count; i++)
            {
                CompareMeeting(Label(i, expectedMeetings[i]), expectedMeetings[i], actualMeetings[i], problems);
            }

            return problems;
        }

        // With a meeting missed or split, pairing by index would blame every later meeting;
        // pair by date instead, so the list names the meetings that are really missing.
        problems.Add($"meeting count: expected {expectedMeetings.Count}, got {actualMeetings.Count}");
        var used = new bool[actualMeetings.Count];
        for (var i = 0; i < expectedMeetings.Count; i++)
        {
            var date = String(expectedMeetings[i], "date");
            var match = Enumerable.Range(0, actualMeetings.Count)
                .FirstOrDefault(j => !used[j] && date is not null && date == String(actualMeetings[j], "date"), -1);
            if (match < 0)
            {
                problems.Add($"{Label(i, expectedMeetings[i])}: missing from Docket's output");
                continue;
            }

            used[match] = true;
            CompareMeeting(Label(i, expectedMeetings[i]), expectedMeetings[i], actualMeetings[match], problems);
        }

        for (var j = 0; j < actualMeetings.Count; j++)
        {
            if (!used[j])
            {
                problems.Add($"unexpected meeting at index {j} ({String(actualMeetings[j], "date") ?? "no date"}, title {Show(String(actualMeetings[j], "title"))})");
            }
        }

        return problems;
    }

    private static string Label(int index, JsonElement meeting) =>
        $"meeting {index} ({String(meeting, "date") ?? "no date"})";

    private static void CompareMeeting(string label, JsonElement expected, JsonElement actual, List<string> problems)
    {
        void Report(string field, string message) => problems.Add($"{label} {field}: {message}");

        foreach (var field in new[] { "title", "series" })
        {
            var (want, got) = (String(expected, field), String(actual, field));
            if (LooseText.Normalize(want) != LooseText.Normalize(got))
            {
                Report(field, $"expected {Show(want)}, got {Show(got)}");
            }
        }

        foreach (var field in new[] { "date", "start", "end", "timeZone", "location" })
        {
            var (want, got) = (String(expected, field), String(actual, field));
            if (!string.Equals(want, got, StringComparison.Ordinal))
            {
                Report(field, $"expected {Show(want)}, got {Show(got)}");
            }
        }

        var (wantNumber, gotNumber) = (Number(expected, "number"), Number(actual, "number"));
        if (wantNumber != gotNumber)
        {
            Report("number", $"expected {Show(wantNumber)}, got {Show(gotNumber)}");
        }

        CompareRoles(expected, actual, Report);
        CompareSets("attendees", Strings(expected, "attendees"), Strings(actual, "attendees"), StringComparer.OrdinalIgnoreCase, Report);
        CompareAgenda(expected, actual, Report);
        CompareMultisets("decisions", Items(expected, "decisions", Decision), Items(actual, "decisions", Decision), Report);
        CompareMultisets("actions", Items(expected, "actions", Action), Items(actual, "actions", Action), Report);
        CompareMultisets("questions", Items(expected, "questions", Question), Items(actual, "questions", Question), Report);
        CompareMultisets("updates", Items(expected, "updates", Update), Items(actual, "updates", Update), Report);
        CompareSets("references", Strings(expected, "references"), Strings(actual, "references"), StringComparer.Ordinal, Report);
    }

    private static void CompareRoles(JsonElement expected, JsonElement actual, Action<string, string> report)
    {
        var want = Roles(expected);
        var got = Roles(actual);
        foreach (var role in want.Keys.Union(got.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            CompareSets($"roles.{role}", want.GetValueOrDefault(role, []), got.GetValueOrDefault(role, []),
                StringComparer.OrdinalIgnoreCase, report);
        }
    }

    private static void CompareAgenda(JsonElement expected, JsonElement actual, Action<string, string> report)
    {
        var want = Array(expected, "agenda").ToList();
        var got = Array(actual, "agenda").ToList();
        if (want.Count != got.Count)
        {
            report("agenda", $"expected {want.Count} items, got {got.Count}");
        }

        for (var i = 0; i < Math.Max(want.Count, got.Count); i++)
        {
            if (i >= got.Count)
            {
                report($"agenda[{i}]", $"missing {AgendaText(want[i])}");
                continue;
            }

            if (i >= want.Count)
            {
                report($"agenda[{i}]", $"unexpected {AgendaText(got[i])}");
                continue;
            }

            var (w, g) = (want[i], got[i]);
            if (LooseText.Normalize(String(w, "title")) != LooseText.Normalize(String(g, "title")))
            {
                report($"agenda[{i}].title", $"expected {Show(String(w, "title"))}, got {Show(String(g, "title"))}");
            }

            if (Number(w, "minutes") != Number(g, "minutes"))
            {
                report($"agenda[{i}].minutes", $"expected {Show(Number(w, "minutes"))}, got {Show(Number(g, "minutes"))} ({Show(String(w, "title"))})");
            }

            if (!string.Equals(String(w, "proposer"), String(g, "proposer"), StringComparison.OrdinalIgnoreCase))
            {
                report($"agenda[{i}].proposer", $"expected {Show(String(w, "proposer"))}, got {Show(String(g, "proposer"))} ({Show(String(w, "title"))})");
            }
        }
    }

    private static string AgendaText(JsonElement item) =>
        $"{{title {Show(String(item, "title"))}, minutes {Show(Number(item, "minutes"))}, proposer {Show(String(item, "proposer"))}}}";

    private static void CompareSets(string field, IEnumerable<string> want, IEnumerable<string> got, StringComparer comparer, Action<string, string> report)
    {
        var wantSet = want.ToHashSet(comparer);
        var gotSet = got.ToHashSet(comparer);
        foreach (var missing in wantSet.Where(w => !gotSet.Contains(w)))
        {
            report(field, $"missing {Show(missing)}");
        }

        foreach (var extra in gotSet.Where(g => !wantSet.Contains(g)))
        {
            report(field, $"unexpected {Show(extra)}");
        }
    }

    private static void CompareMultisets(string field, IReadOnlyList<Entry> want, IReadOnlyList<Entry> got, Action<string, string> report)
    {
        var remaining = got.ToList();
        foreach (var entry in want)
        {
            var index = remaining.FindIndex(g => g.Key == entry.Key);
            if (index >= 0)
            {
                remaining.RemoveAt(index);
            }
            else
            {
                report(field, $"missing    {entry.Display}");
            }
        }

        foreach (var extra in remaining)
        {
            report(field, $"unexpected {extra.Display}");
        }
    }

    private static Entry Decision(JsonElement item) => new(
        Join(LooseText.Normalize(String(item, "text")), LooseText.Normalize(String(item, "topic"))),
        $"{{text {Show(String(item, "text"))}, topic {Show(String(item, "topic"))}}}");

    private static Entry Action(JsonElement item)
    {
        var assignees = Strings(item, "assignees").ToList();
        var done = Bool(item, "done");
        return new(
            Join(LooseText.Normalize(String(item, "text")),
                string.Join(",", assignees.Select(a => a.ToLowerInvariant()).Order(StringComparer.Ordinal)),
                done ? "done" : "open",
                LooseText.Normalize(String(item, "topic"))),
            $"{{text {Show(String(item, "text"))}, assignees [{string.Join(", ", assignees)}], done {(done ? "true" : "false")}, topic {Show(String(item, "topic"))}}}");
    }

    private static Entry Question(JsonElement item) => Decision(item);

    private static Entry Update(JsonElement item)
    {
        string Folded(string list) => string.Join("|", Strings(item, list).Select(LooseText.Normalize).Order(StringComparer.Ordinal));
        string Shown(string list) => string.Join("; ", Strings(item, list));
        var person = String(item, "person");
        return new(
            Join(person?.ToLowerInvariant() ?? string.Empty, Folded("done"), Folded("planned"), Folded("blocked")),
            $"{{person {Show(person)}, done [{Shown("done")}], planned [{Shown("planned")}], blocked [{Shown("blocked")}]}}");
    }

    // A separator that no folded text holds, so fields cannot run into each other.
    private static string Join(params string[] parts) => string.Join("\u001f", parts);

    private static Dictionary<string, IReadOnlyList<string>> Roles(JsonElement meeting)
    {
        var roles = Property(meeting, "roles");
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in roles.EnumerateObject())
        {
            result[role.Name] = role.Value.EnumerateArray().Select(p => p.GetString() ?? string.Empty).ToList();
        }

        return result;
    }

    private static IReadOnlyList<Entry> Items(JsonElement meeting, string name, Func<JsonElement, Entry> entry) =>
        Array(meeting, name).Select(entry).ToList();

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) => Property(element, name).EnumerateArray();

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        Array(element, name).Select(e => e.GetString() ?? string.Empty);

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    private static bool Bool(JsonElement element, string name) => Property(element, name).ValueKind == JsonValueKind.True;

    private static JsonElement Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidDataException($"a docket.notes/v1 object lacks the key \"{name}\": {Trim(element.GetRawText())}");

    private static string Trim(string raw) => raw.Length <= 120 ? raw : raw[..120] + "...";

    private static string Show(string? value) => value is null ? "null" : $"\"{value}\"";

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private readonly record struct Entry(string Key, string Display);
}
