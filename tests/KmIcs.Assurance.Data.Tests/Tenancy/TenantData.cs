using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.Tenancy;

/// <summary>The ids of one small tenant: an organisation leading a commitment under one outcome and priority.</summary>
public sealed record TenantRows(Guid TenantId, string Slug, Guid OrganisationId, Guid StrategyId, Guid OutcomeId, Guid PriorityId, Guid CommitmentId)
{
    public CurrentTenant AsCurrent()
    {
        var current = new CurrentTenant();
        current.Set(TenantId, Slug);
        return current;
    }
}

/// <summary>Builds tenants with a little of everything, through the real interceptors, on a migrated database.</summary>
public static class TenantData
{
    public static async Task<TenantRows> CreateAsync(TestDatabase database, string slug)
    {
        ArgumentNullException.ThrowIfNull(database);
        var tenant = new Tenant { Slug = slug, Name = $"Partnership {slug}", CreatedAt = DateTimeOffset.UtcNow };
        await using (var db = database.CreateContext())
        {
            db.Set<Tenant>().Add(tenant);
            await db.SaveChangesAsync();
        }

        var current = new CurrentTenant();
        current.Set(tenant.Id, slug);
        await using var tenantDb = database.CreateContext(current);
        var organisation = new Organisation { Name = $"Council of {slug}", ShortName = slug.ToUpperInvariant(), Kind = OrganisationKind.UpperTierCouncil };
        organisation.Aliases.Add(new OrganisationAlias { OrganisationId = organisation.Id, Text = $"{slug} council" });
        var strategy = new Strategy { Title = $"Strategy of {slug}", DocumentVersion = "v1", PeriodStart = 2024, PeriodEnd = 2026, IsCurrent = true };
        var outcome = new Outcome { StrategyId = strategy.Id, Number = "1", Title = "Children have the best start in life" };
        var priority = new Priority { OutcomeId = outcome.Id, Title = "Together we will support families" };
        var commitment = new Commitment { PriorityId = priority.Id, Text = $"Open family hubs in {slug}" };
        commitment.LeadBodies.Add(new CommitmentLeadBody { CommitmentId = commitment.Id, OrganisationId = organisation.Id });
        priority.Commitments.Add(commitment);
        outcome.Priorities.Add(priority);
        strategy.Outcomes.Add(outcome);
        tenantDb.AddRange(organisation, strategy);
        await tenantDb.SaveChangesAsync();
        return new TenantRows(tenant.Id, slug, organisation.Id, strategy.Id, outcome.Id, priority.Id, commitment.Id);
    }

    public static async Task<TestDatabase> MigratedAsync(Configuration.DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }
}
