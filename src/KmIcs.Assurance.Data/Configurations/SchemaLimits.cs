namespace KmIcs.Assurance.Data.Configurations;

/// <summary>
/// Column lengths shared by the entity configurations, the hand-written migrations and form validation, so that a
/// form never accepts what the database would refuse. The strategy's own narratives and notes are unbounded text;
/// what people type into the portal's forms (progress updates, comments) is bounded, so a pasted document is refused
/// with a message rather than stored.
/// </summary>
public static class SchemaLimits
{
    public const int Slug = 64;
    public const int Name = 300;
    public const int ShortName = 50;
    public const int Enum = 40;
    public const int Period = 32;
    public const int Ref = 20;
    public const int Number = 10;
    public const int Geography = 100;
    public const int Source = 300;
    public const int Statement = 2000;
    public const int CommitmentText = 2000;
    public const int ExternalId = 100;

    /// <summary>An ONS (GSS) area code: nine characters ("E92000001"), with room for other schemes.</summary>
    public const int AreaCode = 12;

    /// <summary>A SHA-256 digest as lower-case hex.</summary>
    public const int Sha256 = 64;

    /// <summary>Fingertips' age band ("18+ yrs") or sex ("Persons").</summary>
    public const int Breakdown = 100;

    /// <summary>A reporting round's name ("Quarter 3 2025/26 updates").</summary>
    public const int RoundName = 200;

    /// <summary>Each narrative of a progress update: about a page and a half of text.</summary>
    public const int Narrative = 4000;

    /// <summary>Reviewers' comments and the reasons for decisions and lock exceptions.</summary>
    public const int Comment = 2000;

    public const int Url = 2000;

    /// <summary>A person's name as it was when they acted (display name, or email when there is none).</summary>
    public const int PersonName = 256;
}
