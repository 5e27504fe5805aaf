namespace KmIcs.Assurance.Domain.Ratings;

/// <summary>How the latest value moved from the one before, already adjusted for polarity (a fall can be an improvement).</summary>
public enum DirectionOfTravel
{
    Improved,
    Worsened,
    NoChange,
    NotComparable,
}
