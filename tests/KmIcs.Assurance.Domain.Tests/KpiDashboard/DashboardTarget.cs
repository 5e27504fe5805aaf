namespace KmIcs.Assurance.Domain.Tests.KpiDashboard;

/// <summary>A printed target column ("Target 22/23"); the floor is null because the pack prints none.</summary>
internal sealed record DashboardTarget(string Period, decimal Value, decimal? Floor);
