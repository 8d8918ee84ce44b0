namespace Docket.Notes.Tests.Robustness;

/// <summary>
/// Tests that push megabytes through the reader under a deadline. They share one collection so
/// xunit runs them one after another: run side by side on two cores, they would time each other out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HeavyTests
{
    public const string Name = "Heavy reads under a deadline";
}
