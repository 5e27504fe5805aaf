namespace KmIcs.Assurance.Data.Auditing;

/// <summary>
/// Who a unit of work acts for, recorded on every audit row: the signed-in user for a web request, the operator's
/// command for the CLI (<see cref="System(string)"/>), nobody for an anonymous request.
/// </summary>
public sealed class CurrentActor
{
    public Guid? UserId { get; private set; }

    public string? Name { get; private set; }

    public void Set(Guid? userId, string? name)
    {
        UserId = userId;
        Name = name;
    }

    /// <summary>An actor that is not a user, such as <c>cli create-user</c> or <c>demo data</c>.</summary>
    public static CurrentActor System(string name)
    {
        var actor = new CurrentActor();
        actor.Set(null, name);
        return actor;
    }
}
