using Docket.Store.Model;

namespace Docket.Store.Actions;

/// <summary>An action item as listed: its owners, state, age and where it was first and last mentioned.</summary>
public sealed record ActionRow(
    int Id,
    string Text,
    ActionStatus Status,
    IReadOnlyList<string> Owners,
    string Series,
    int AgeMeetings,
    int? AgeDays,
    int Mentions,
    SourceRef First,
    SourceRef Last);
