namespace Docket.Notes.Diagnostics;

/// <summary>A problem in user content: a result, not an exception.</summary>
/// <param name="Code">A stable code (<see cref="DiagnosticCodes"/>) that tests and tools can rely on.</param>
/// <param name="Line">The 1-based line the problem is on (1 for whole-file problems).</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record NotesDiagnostic(string Code, int Line, string Message)
{
    /// <summary>Formats as <c>file:line: error CODE: message</c>, the shape compilers use.</summary>
    public string Format(string source) => $"{source}:{Line}: error {Code}: {Message}";
}
