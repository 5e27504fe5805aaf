namespace KmIcs.Assurance.Testing.Web;

/// <summary>A clock that starts at the real time and moves only when a test moves it forward.</summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock gate = new();
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return System.GetUtcNow() + offset;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            offset += by;
        }
    }
}
