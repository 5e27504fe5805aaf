namespace KmIcs.Assurance.Domain.Ratings;

/// <summary>
/// A value judged against its target and floor standard (KCC KPI dashboard, para 2.7): Green target met, Amber floor
/// met but target not, Red floor not met. The two grey states are kept apart because they mean different things to
/// a reader: NotAvailable is "no value yet" (the dashboard's "nca"), NoTarget is "nothing agreed to judge it by".
/// </summary>
public enum Rag
{
    Green,
    Amber,
    Red,
    NotAvailable,
    NoTarget,
}
