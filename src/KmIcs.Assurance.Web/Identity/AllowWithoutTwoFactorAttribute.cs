namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// Marks the few signed-in pages a user who still has to set up two-factor authentication may open (the set-up page
/// itself); every other protected page sends them there first.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
