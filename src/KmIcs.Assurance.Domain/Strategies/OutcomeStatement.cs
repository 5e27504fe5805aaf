using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Strategies;

/// <summary>
/// One line of an outcome's "what we heard", "I" statements or "indicators for this outcome could include".
/// Rows rather than a delimited string, so each line can be edited, ordered and shown in packs on its own.
/// </summary>
public class OutcomeStatement : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid OutcomeId { get; init; }

    public OutcomeStatementKind Kind { get; set; }

    public required string Text { get; set; }

    /// <summary>Position within its kind's list, as printed.</summary>
    public int DisplayOrder { get; set; }
}
