using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DotLiquid;
using LiquidException = DotLiquid.Exceptions.LiquidException;

namespace Docket.Meetings.Templates;

/// <summary>
/// A Markdown agenda template in Liquid (DotLiquid): one of the built-ins (<c>issue</c>, <c>pad</c>,
/// <c>running</c>, <c>standup</c>) or a user's own file, checked when it is loaded so that a typo
/// is an error with a line, not a blank in next week's agenda. See <see cref="AgendaModel"/> for
/// what a template can show; the names are snake_case (<c>{{ meeting.start_utc }}</c>).
/// </summary>
public sealed class AgendaTemplate
{
    private AgendaTemplate(string name, string source)
    {
        Name = name;
        Source = source;
    }

    /// <summary>The built-in templates, after the four ways of keeping notes Docket starts from.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = ["issue", "pad", "running", "standup"];

    /// <summary>The template's name (a built-in's name or what the user called the file).</summary>
    public string Name { get; }

    /// <summary>The template text.</summary>
    public string Source { get; }

    /// <summary>A built-in template by name.</summary>
    public static AgendaTemplate BuiltIn(string name)
    {
        if (!BuiltInNames.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"no built-in template '{name}' (there are {string.Join(", ", BuiltInNames)})", nameof(name));
        }

        using var stream = typeof(AgendaTemplate).Assembly.GetManifestResourceStream($"Docket.Meetings.Templates.{name}.md")
            ?? throw new InvalidOperationException($"the built-in template '{name}' is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Load(name, reader.ReadToEnd());
    }

    /// <summary>Loads a template, or throws <see cref="FormatException"/> listing its errors one per line.</summary>
    public static AgendaTemplate Load(string name, string source) =>
        TryLoad(name, source, out var template, out var errors)
            ? template
            : throw new FormatException($"template '{name}': " + string.Join(Environment.NewLine, errors));

    /// <summary>Loads and checks a template: unknown placeholders, filters and tags, and unclosed blocks are errors with their lines.</summary>
    public static bool TryLoad(string name, string source, [NotNullWhen(true)] out AgendaTemplate? template, out IReadOnlyList<TemplateError> errors)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(source);
        template = null;
        errors = TemplateChecker.Check(source);
        if (errors.Count > 0)
        {
            return false;
        }

        try
        {
            // The checker knows Liquid's grammar as Docket uses it; DotLiquid has the last word.
            Template.Parse(source);
        }
        catch (LiquidException e)
        {
            errors = [new TemplateError(1, e.Message)];
            return false;
        }

        template = new AgendaTemplate(name, source);
        return true;
    }

    /// <summary>The agenda for <paramref name="model"/>, as Markdown.</summary>
    public string Render(AgendaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        // Parsed per render: a DotLiquid Template keeps state while rendering, so sharing one is not thread-safe.
        var template = Template.Parse(Source);
        var parameters = new RenderParameters(CultureInfo.InvariantCulture)
        {
            LocalVariables = LiquidModel.ToHash(model),
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
            Filters = [typeof(AgendaFilters)],
        };
        return template.Render(parameters);
    }
}
