namespace KmIcs.Assurance.Web.Components.Pages.Admin;

public enum MemberStatus
{
    Active,
    Invited,
    Deactivated,
}
