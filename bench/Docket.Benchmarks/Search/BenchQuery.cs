namespace Docket.Benchmarks.Search;

/// <summary>One generated search.</summary>
/// <param name="Shape">What kind of search it is.</param>
/// <param name="Text">The query in Docket's syntax, as a user types it.</param>
/// <param name="Grep">
/// The one fixed string a person would give <c>rg</c> for the same question: the query's rarest
/// word, its phrase, its prefix or its name. rg does no more work than that, which favours rg.
/// </param>
internal sealed record BenchQuery(QueryShape Shape, string Text, string Grep);
