namespace KmIcs.Assurance.Domain.Tenancy;

/// <summary>
/// A health and care partnership using the portal (first tenant: the Kent and Medway Integrated Care Partnership).
/// Not tenant-owned: it is the tenant.
/// </summary>
public class Tenant
{
    /// <summary>Version 7 so ids exist before saving (rows can be linked in memory) and sort by creation time.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The route segment (<c>/kent-medway/...</c>), so it never changes once links have been shared.</summary>
    public required string Slug { get; init; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
