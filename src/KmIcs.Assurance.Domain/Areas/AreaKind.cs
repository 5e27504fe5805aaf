namespace KmIcs.Assurance.Domain.Areas;

/// <summary>The kinds of geography indicators are published for, from the whole country down to districts.</summary>
public enum AreaKind
{
    Country,
    Region,
    IntegratedCareBoard,
    CountyOrUnitaryAuthority,
    District,
}
