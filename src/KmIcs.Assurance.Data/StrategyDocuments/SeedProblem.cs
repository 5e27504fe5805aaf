namespace KmIcs.Assurance.Data.StrategyDocuments;

/// <summary>One thing wrong with a seed file: which file, where in it (a JSON path) and what.</summary>
public sealed record SeedProblem(string File, string Path, string Problem)
{
    public override string ToString() => $"{File} at {Path}: {Problem}";
}

/// <summary>A seed data set that cannot be imported. Nothing is written when this is thrown.</summary>
public sealed class SeedDataException(IReadOnlyList<SeedProblem> problems)
    : Exception("The seed data cannot be imported:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<SeedProblem> Problems { get; } = problems;
}
