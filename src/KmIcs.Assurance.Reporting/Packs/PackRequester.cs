namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>Who asked for a pack: a signed-in person (their roles are checked) or an operator's command (no account).</summary>
public sealed record PackRequester(Guid? UserId, string Name);
