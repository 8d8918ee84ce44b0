using Docket.Store.Model;

namespace Docket.Store.Decisions;

/// <summary>A decision in the log: its words, its topic and where it was made.</summary>
public sealed record DecisionRow(int Id, string Text, string? Topic, SourceRef Source);
