namespace Docket.Web.Features.Search;

/// <summary>A piece of a snippet: plain text, or a matched word when <see cref="Highlight"/> is set.</summary>
public sealed record HighlightRun(string Text, bool Highlight);
