namespace KmIcs.Assurance.Domain.Areas;

/// <summary>
/// A real geography with its ONS code ("E10000016" Kent). Reference data shared by every tenant, because the codes are
/// national facts; values name an area by <see cref="Name"/>, the short name the partnership's documents use ("Kent and
/// Medway" for the ICB), and files name it by <see cref="Code"/>.
/// </summary>
public class Area
{
    /// <summary>England's code: the default benchmark.</summary>
    public const string EnglandCode = "E92000001";

    public const string England = "England";

    /// <summary>The ONS (GSS) code, the key: "E92000001", "E54000032".</summary>
    public required string Code { get; init; }

    /// <summary>The name values and pages use; unique.</summary>
    public required string Name { get; set; }

    /// <summary>The full statutory name ("NHS Kent and Medway Integrated Care Board").</summary>
    public required string OfficialName { get; set; }

    public AreaKind Kind { get; set; }

    /// <summary>The code of the area it sits in (a district's county, a county's region); null for England.</summary>
    public string? ParentCode { get; set; }
}
