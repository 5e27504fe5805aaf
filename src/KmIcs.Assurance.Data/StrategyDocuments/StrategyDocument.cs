namespace KmIcs.Assurance.Data.StrategyDocuments;

// The strategy as a document: the format of deploy/seed/<tenant>/strategy.json (deploy/seed/SCHEMA.md). The same
// records are read by the seed import and written by export-strategy, so an export can be compared with its seed.

public sealed record StrategyDocument
{
    public required TenantDocument Tenant { get; init; }
    public required StrategyHeaderDocument Strategy { get; init; }
    public List<OrganisationDocument> Organisations { get; init; } = [];
    public List<PlanDocument> Plans { get; init; } = [];
    public List<OutcomeDocument> Outcomes { get; init; } = [];
    public List<PlacePriorityDocument> PlacePriorities { get; init; } = [];
    public List<ConflictDocument> Conflicts { get; init; } = [];
}

public sealed record TenantDocument(string Slug, string Name);

public sealed record StrategyHeaderDocument
{
    public required string Title { get; init; }
    public required string Version { get; init; }
    public int PeriodStart { get; init; }
    public int PeriodEnd { get; init; }
    public string? Vision { get; init; }
    public List<string> Sources { get; init; } = [];
}

public sealed record OrganisationDocument
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public required string Kind { get; init; }
    public string? Parent { get; init; }
    public List<string> Aliases { get; init; } = [];
}

public sealed record PlanDocument(string Key, string Name);

public sealed record OutcomeDocument
{
    public required string Number { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? Narrative { get; init; }
    public List<string> WhatWeHeard { get; init; } = [];
    public List<string> IStatements { get; init; } = [];
    public List<string> StrategyIndicators { get; init; } = [];
    public List<PriorityDocument> Priorities { get; init; } = [];
    public List<DeliveryExampleDocument> DeliveryExamples { get; init; } = [];
}

public sealed record PriorityDocument
{
    public required string Title { get; init; }
    public string? Narrative { get; init; }
    public List<CommitmentDocument> Commitments { get; init; } = [];
}

public sealed record CommitmentDocument
{
    public required string Text { get; init; }
    public List<CommitmentPlanDocument> Plans { get; init; } = [];
    public List<string> LeadBodies { get; init; } = [];
    public string? Source { get; init; }
}

public sealed record CommitmentPlanDocument
{
    public required string Plan { get; init; }
    public List<string> LeadBodies { get; init; } = [];
}

public sealed record DeliveryExampleDocument
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public List<string> LeadBodies { get; init; } = [];
    public List<MilestoneDocument> Milestones { get; init; } = [];
}

public sealed record MilestoneDocument
{
    public required string Title { get; init; }
    public string? Due { get; init; }
    public string Status { get; init; } = "Unknown";
}

public sealed record PlacePriorityDocument
{
    public required string Place { get; init; }
    public required string Priority { get; init; }
    public List<string> Outcomes { get; init; } = [];
    public string? Source { get; init; }
}

public sealed record ConflictDocument
{
    public string? Subject { get; init; }
    public string? Field { get; init; }
    public List<ConflictValueDocument> Values { get; init; } = [];
    public string? Note { get; init; }
}

public sealed record ConflictValueDocument(string? Value, string? Source);
