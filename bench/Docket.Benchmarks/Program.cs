using Docket.Benchmarks;

// bench/run NAME [--rounds N]: runs one benchmark; its last line is `NAME ratio=X.XX`.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    BenchmarkCatalog.WriteKnown(Console.Out);
    return args.Length == 0 ? 2 : 0;
}

if (!BenchmarkCatalog.TryFind(args[0], out var benchmark))
{
    Console.Error.WriteLine($"bench: unknown benchmark '{args[0]}'");
    BenchmarkCatalog.WriteKnown(Console.Error);
    return 2;
}

if (!BenchmarkSettings.TryParse(args.AsSpan(1), out var settings, out var problem))
{
    Console.Error.WriteLine($"bench: {problem}");
    return 2;
}

return benchmark.Run(settings, Console.Out);
