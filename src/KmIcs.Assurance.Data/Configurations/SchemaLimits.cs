namespace KmIcs.Assurance.Data.Configurations;

/// <summary>
/// Column lengths shared by the entity configurations, the hand-written migrations and form validation, so that a
/// form never accepts what the database would refuse. Narratives and notes are unbounded text.
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
}
