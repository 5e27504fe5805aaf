using KmIcs.Assurance.Domain.Organisations;

namespace KmIcs.Assurance.Web.Components.Pages.Admin;

/// <summary>How each kind of organisation is named on the page.</summary>
public static class OrganisationKinds
{
    public static string Title(OrganisationKind kind) => kind switch
    {
        OrganisationKind.IntegratedCareBoard => "Integrated care board",
        OrganisationKind.NhsTrust => "NHS trust",
        OrganisationKind.UpperTierCouncil => "Upper-tier council",
        OrganisationKind.DistrictCouncil => "District council",
        OrganisationKind.HealthAndCarePartnership => "Health and care partnership",
        OrganisationKind.ProviderCollaborative => "Provider collaborative",
        OrganisationKind.BoardOrCommittee => "Board or committee",
        OrganisationKind.PublicHealthTeam => "Public health team",
        OrganisationKind.Vcse => "Voluntary, community or social enterprise",
        OrganisationKind.Other => "Other",
    };
}
