namespace KmIcs.Assurance.Domain.Organisations;

/// <summary>What kind of body an organisation is. Names are the seed format's (deploy/seed/SCHEMA.md).</summary>
public enum OrganisationKind
{
    IntegratedCareBoard,
    NhsTrust,
    UpperTierCouncil,
    DistrictCouncil,
    HealthAndCarePartnership,
    ProviderCollaborative,
    BoardOrCommittee,
    PublicHealthTeam,
    Vcse,
    Other,
}
