using KmIcs.Assurance.Data.StrategyDocuments;

namespace KmIcs.Assurance.Data.Seeding;

/// <summary>A tenant's seed folder read into memory: <c>strategy.json</c> and every <c>indicators-*.json</c>.</summary>
public sealed record SeedSet(string Folder, StrategyDocument Strategy, IReadOnlyList<(string File, IndicatorSetDocument Set)> IndicatorSets)
{
    public const string StrategyFileName = "strategy.json";
    public const string IndicatorFilePattern = "indicators-*.json";

    /// <summary>Reads and validates a seed folder; throws <see cref="SeedDataException"/> naming every problem found.</summary>
    public static SeedSet Read(string folder)
    {
        var strategyFile = Path.Combine(folder, StrategyFileName);
        if (!File.Exists(strategyFile))
        {
            throw new SeedDataException([new SeedProblem(strategyFile, "$", "the file does not exist")]);
        }

        var problems = new List<SeedProblem>();
        StrategyDocument? strategy = null;
        var sets = new List<(string, IndicatorSetDocument)>();
        try
        {
            strategy = StrategyDocumentSerializer.Read<StrategyDocument>(strategyFile);
        }
        catch (SeedDataException error)
        {
            problems.AddRange(error.Problems);
        }

        foreach (var file in Directory.GetFiles(folder, IndicatorFilePattern).Order(StringComparer.Ordinal))
        {
            try
            {
                sets.Add((file, StrategyDocumentSerializer.Read<IndicatorSetDocument>(file)));
            }
            catch (SeedDataException error)
            {
                problems.AddRange(error.Problems);
            }
        }

        if (problems.Count > 0 || strategy is null)
        {
            throw new SeedDataException(problems);
        }

        var seed = new SeedSet(folder, strategy, sets);
        problems.AddRange(SeedValidator.Validate(seed));
        return problems.Count > 0 ? throw new SeedDataException(problems) : seed;
    }
}
