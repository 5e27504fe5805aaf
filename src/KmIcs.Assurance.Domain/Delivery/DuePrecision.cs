namespace KmIcs.Assurance.Domain.Delivery;

/// <summary>
/// How precisely the source gives a milestone's due date: "2024-03" is a month, "2024-03-15" a day. Kept so the
/// portal never shows a made-up day and treats a month as due at its end.
/// </summary>
public enum DuePrecision
{
    Month,
    Day,
}
