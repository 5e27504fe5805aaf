using KmIcs.Assurance.Domain.Periods;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KmIcs.Assurance.Data.Configurations;

/// <summary>Stores a <see cref="ReportingPeriod"/> as its canonical text ("Q3 2023/24"), readable in the database and exports.</summary>
public sealed class ReportingPeriodConverter() : ValueConverter<ReportingPeriod, string>(
    period => period.ToString(),
    text => ReportingPeriod.Parse(text));
