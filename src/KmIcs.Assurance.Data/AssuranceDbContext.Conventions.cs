using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data;

public partial class AssuranceDbContext
{
    /// <summary>
    /// Model-wide rules, so configurations stay about their own entity: enums are stored as readable strings,
    /// reporting periods as canonical text, decimals with room for rates and counts alike.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(SchemaLimits.Enum);
        configurationBuilder.Properties<ReportingPeriod>().HaveConversion<ReportingPeriodConverter>().HaveMaxLength(SchemaLimits.Period);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    /// <summary>
    /// Domain entities create their own Guid v7 ids, so EF must never treat a set id as "already saved": a child added
    /// to a tracked parent's collection is then inserted, not updated.
    /// </summary>
    private static void UseClientGeneratedKeys(ModelBuilder modelBuilder)
    {
        var keys = modelBuilder.Model.GetEntityTypes()
            .Where(t => t.ClrType.Namespace?.StartsWith("KmIcs.Assurance.Domain", StringComparison.Ordinal) == true)
            .Select(t => t.FindPrimaryKey())
            .Where(k => k is { Properties.Count: 1 } && k.Properties[0].ClrType == typeof(Guid));
        foreach (var key in keys)
        {
            key!.Properties[0].ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }
}
