using Docket.Meetings.Templates;
using DotLiquid;

namespace Docket.Meetings.Tests.Templates;

public sealed class TemplateCheckTests
{
    public static TheoryData<string, string> Refused => new()
    {
        // The example: a typo in a member, named with its line and the nearest real name.
        { "# Agenda\n\nDate: {{ meeting.dtae }}\n", "line 3: unknown placeholder 'meeting.dtae' (did you mean 'meeting.date'?)" },
        { "{{ meting.date }}", "line 1: unknown placeholder 'meting' (did you mean 'meeting'?)" },
        { "{{ nothing_like_it }}", "line 1: unknown placeholder 'nothing_like_it'" },
        // Inside a loop the item has the list's members, and only those.
        { "{% for t in topics %}\n- {{ t.titel }}\n{% endfor %}", "line 2: unknown placeholder 't.titel' (did you mean 't.title'?)" },
        { "{{ topics.title }}", "line 1: unknown placeholder 'topics.title' ('topics' is a list: loop over it with '{% for item in topics %}')" },
        { "{% for x in meeting %}{% endfor %}", "line 1: 'meeting' is not a list to loop over" },
        // The loop variable does not outlive its loop.
        { "{% for t in topics %}{% endfor %}\n{{ t.title }}", "line 2: unknown placeholder 't'" },
        // Placeholders in tags are checked too.
        { "{% if meeting.locaton %}x{% endif %}", "line 1: unknown placeholder 'meeting.locaton' (did you mean 'meeting.location'?)" },
        { "{{ meeting.title | default: meeting.seires }}", "line 1: unknown placeholder 'meeting.seires' (did you mean 'meeting.series'?)" },
        // Filters and tags must exist.
        { "{{ meeting.title | upcse }}", "line 1: unknown filter 'upcse' (did you mean 'upcase'?)" },
        { "\n\n{% frob %}", "line 3: unknown tag 'frob'" },
        { "{% include 'x' %}", "line 1: unknown tag 'include'" },
        // Syntax: unclosed output and tags, unbalanced blocks.
        { "a\n{{ meeting.date \nb", "line 2: '{{' is not closed with '}}'" },
        { "a\n{% if meeting.location", "line 2: '{%' is not closed with '%}'" },
        { "a\n{% if meeting.location %}\nb", "line 2: '{% if %}' is not closed with '{% endif %}'" },
        { "{% endfor %}", "line 1: '{% endfor %}' has no '{% for %}' to close" },
        { "{% for t in topics %}\n{% if t.title %}\n{% endfor %}\n{% endif %}", "line 3: '{% endfor %}' closes '{% if %}' from line 2" },
        { "{% else %}", "line 1: '{% else %}' is outside '{% if %}'" },
        { "{% break %}", "line 1: '{% break %}' is only allowed inside '{% for %}'" },
        { "{% for t topics %}{% endfor %}", "line 1: cannot read '{% for t topics %}': write '{% for item in list %}'" },
        { "{{ }}", "line 1: '{{ }}' is empty" },
        { "{{ meeting.date ! }}", "line 1: cannot read 'meeting.date !': unexpected '!'" },
        { "{% comment %} never closed", "line 1: '{% comment %}' is not closed with '{% endcomment %}'" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void TryLoad_BadTemplate_GivesTheLineAndWhat(string source, string message)
    {
        var ok = AgendaTemplate.TryLoad("custom.md", source, out var template, out var errors);

        Assert.False(ok);
        Assert.Null(template);
        Assert.Equal(message, errors[0].ToString());
    }

    [Fact]
    public void TryLoad_SeveralMistakes_ReportsEachInLineOrder()
    {
        var ok = AgendaTemplate.TryLoad("custom.md", "{{ meeting.dtae }}\n{{ meeting.title }}\n{{ topics.sise }}\n{% frob %}", out _, out var errors);

        Assert.False(ok);
        Assert.Equal([1, 3, 4], errors.Select(e => e.Line));
    }

    [Fact]
    public void Load_BadTemplate_ThrowsWithTheTemplateNameAndErrors()
    {
        var error = Assert.Throws<FormatException>(() => AgendaTemplate.Load("weekly.md", "x\n{{ meeting.dtae }}"));

        Assert.Equal("template 'weekly.md': line 2: unknown placeholder 'meeting.dtae' (did you mean 'meeting.date'?)", error.Message);
    }

    public static TheoryData<string> Accepted => new()
    {
        "{{ meeting.date }} {{ meeting.start_utc | append: ' UTC' }}", // filters with arguments
        "{% for t in topics limit: 2 reversed %}{{ forloop.index }}. {{ t.title | upcase }}{% endfor %}", // loop options and forloop
        "{% assign first = topics.first %}{{ first.title }} {{ topics.size }} {{ topics[0].minutes }}", // assign keeps the shape; first, size, indexes
        "{% capture who %}{{ meeting.series }}{% endcapture %}{{ who }}", // capture
        "{% case meeting.status %}{% when 'moved', 'skipped' %}!{% else %}ok{% endcase %}", // case / when
        "{% if topics.size > 0 and meeting.location != blank %}x{% elsif overflow_warning %}y{% else %}z{% endif %}", // conditions
        "{% raw %}{{ not.checked }}{% endraw %}{% comment %}{{ nor.this }}{% endcomment %}", // raw and comment bodies are text
        "{% for a in actions %}{% for o in a.owners %}@{{ o }} {% endfor %}{% endfor %}", // nested loops over scalar lists
        "{%- for r in roles -%}{{ r.title }}: {{ r.person | default: 'TBA' }}{%- endfor -%}", // whitespace control
        "{{ meeting.title | anchor }}", // Docket's own filter
        "{% for i in (1..3) %}{{ i }}{% endfor %}", // a range
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void TryLoad_ValidTemplate_Loads(string source)
    {
        var ok = AgendaTemplate.TryLoad("custom.md", source, out var template, out var errors);

        Assert.True(ok, string.Join("; ", errors));
        Assert.NotNull(template);
    }

    [Fact]
    public void BuiltIn_EveryTemplate_PassesTheCheck()
    {
        foreach (var name in AgendaTemplate.BuiltInNames)
        {
            Assert.True(AgendaTemplate.TryLoad(name, AgendaTemplate.BuiltIn(name).Source, out _, out var errors), string.Join("; ", errors));
        }
    }

    [Fact]
    public void BuiltIn_UnknownName_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => AgendaTemplate.BuiltIn("minutes"));

        Assert.StartsWith("no built-in template 'minutes' (there are issue, pad, running, standup)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_EveryName_IsInTheRenderedModel()
    {
        // The checker's schema and the values handed to DotLiquid must name the same things.
        var hash = LiquidModel.ToHash(AgendaBuilder.Crates());

        var visited = new HashSet<string>();
        AssertSameShape(LiquidModel.Schema, hash, "", visited);

        // Every name was seen with a value (the test model fills every list somewhere).
        Assert.Equal(Paths(LiquidModel.Schema, "").Order(StringComparer.Ordinal), visited.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Paths(SchemaNode node, string path) => node.Kind switch
    {
        SchemaKind.Object => node.Members.SelectMany(m => Paths(m.Value, path + "." + m.Key)),
        SchemaKind.List => Paths(node.Item!, path + "[]"),
        _ => [path],
    };

    [Fact]
    public void Render_CustomTemplate_UsesTheModel()
    {
        var template = AgendaTemplate.Load("mine.md", "{{ meeting.number }} {{ meeting.date }} {{ meeting.start_utc }}-{{ meeting.end_utc }}\n{% for t in topics %}- {{ t.title }} ({{ t.minutes | default: '?' }})\n{% endfor %}{{ topic_minutes }}/{{ meeting.minutes }}");

        var text = template.Render(AgendaBuilder.Crates());

        Assert.Equal("#004 2020-10-02 20:30-21:30\n- Token Discussion (15)\n- Privacy Policy (10)\n- Travis Build Issues (20)\n45/60", text);
    }

    private static void AssertSameShape(SchemaNode node, object? value, string path, HashSet<string> visited)
    {
        switch (node.Kind)
        {
            case SchemaKind.Object:
                var hash = Assert.IsType<Hash>(value);
                Assert.Equal(node.Members.Keys.Order(StringComparer.Ordinal), hash.Keys.Order(StringComparer.Ordinal));
                foreach (var (name, child) in node.Members)
                {
                    AssertSameShape(child, hash[name], path + "." + name, visited);
                }

                break;
            case SchemaKind.List:
                var list = Assert.IsAssignableFrom<System.Collections.IList>(value);
                foreach (var item in list)
                {
                    AssertSameShape(node.Item!, item, path + "[]", visited);
                }

                break;
            default:
                Assert.False(value is Hash or System.Collections.IList, $"{path} is a scalar in the schema");
                visited.Add(path);
                break;
        }
    }
}
