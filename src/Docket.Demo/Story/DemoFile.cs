namespace Docket.Demo.Story;

/// <summary>One notes file of a series: its file name (under <c>demo/&lt;series&gt;/</c>) and its Markdown.</summary>
internal sealed record DemoFile(string Name, string Text);
