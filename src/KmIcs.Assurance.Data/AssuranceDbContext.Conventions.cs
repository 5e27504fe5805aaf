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
}
