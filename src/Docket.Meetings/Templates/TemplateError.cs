namespace Docket.Meetings.Templates;

/// <summary>A problem in a template, at a 1-based line.</summary>
public sealed record TemplateError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
