namespace KmIcs.Assurance.Data.StrategyDocuments;

// The format of deploy/seed/<tenant>/indicators-*.json (deploy/seed/SCHEMA.md), shared by import and export.

public sealed record IndicatorSetDocument
{
    public required string IndicatorSet { get; init; }
    public string? Title { get; init; }
    public string? Source { get; init; }
    public List<IndicatorDocument> Indicators { get; init; } = [];
}

public sealed record IndicatorDocument
{
    public required string Ref { get; init; }
    public required string Level { get; init; }
    public string? Outcome { get; init; }
    public string? Service { get; init; }
    public required string Statement { get; init; }
    public string? MeansOfVerification { get; init; }
    public string? Notes { get; init; }
    public bool IncludedInStrategy { get; init; }
    public string Status { get; init; } = "Agreed";
    public string Polarity { get; init; } = "NoJudgement";
    public string Unit { get; init; } = "Other";
    public string? UnitLabel { get; init; }
    public int? Decimals { get; init; }
    public List<string> Geographies { get; init; } = [];
    public List<ExternalIdDocument> ExternalIds { get; init; } = [];
    public BaselineDocument? Baseline { get; init; }
    public List<TargetDocument> Targets { get; init; } = [];
    public List<TrajectoryPointDocument> Trajectory { get; init; } = [];
    public List<IndicatorValueDocument> Values { get; init; } = [];
    public List<ConflictDocument> Conflicts { get; init; } = [];
}

public sealed record ExternalIdDocument(string System, string Id);

public sealed record BaselineDocument
{
    public decimal? Value { get; init; }
    public string? Period { get; init; }
    public string? Geography { get; init; }
    public string? Source { get; init; }
}

public sealed record TargetDocument
{
    public decimal? Value { get; init; }
    public decimal? Floor { get; init; }
    public string? Period { get; init; }
    public string? Geography { get; init; }
    public string? EffectiveFrom { get; init; }
    public string? Reason { get; init; }
    public string? Source { get; init; }
}

public sealed record TrajectoryPointDocument(string Period, string? Geography, decimal Value);

public sealed record IndicatorValueDocument
{
    public required string Period { get; init; }
    public string? Geography { get; init; }
    public decimal? Value { get; init; }
    public decimal? Numerator { get; init; }
    public decimal? Denominator { get; init; }
    public decimal? LowerCi { get; init; }
    public decimal? UpperCi { get; init; }
    public bool Provisional { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
    public string? PublishedRag { get; init; }
    public string? PublishedDirection { get; init; }
}
