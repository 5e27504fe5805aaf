namespace KmIcs.Assurance.Web.Identity.WorkAccounts;

/// <summary>
/// The portal's reading of the <c>AzureAd</c> configuration section (the rest of it is Microsoft.Identity.Web's):
/// whether work-account sign-in is on at all, and which Entra tenants' people may use it. See docs/entra-id.md.
/// </summary>
public sealed class WorkAccountOptions
{
    public const string SectionName = "AzureAd";

    /// <summary>The <c>TenantId</c> that lets people of any organisation's directory sign in (the app is multi-tenant).</summary>
    public const string AnyOrganisation = "organizations";

    /// <summary>The application (client) id of the portal's app registration; work-account sign-in is off without it.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Entra sign-in host (Microsoft.Identity.Web's default is the global cloud's).</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary><c>organizations</c> for a multi-tenant app registration, or the one tenant's id.</summary>
    public string? TenantId { get; set; }

    /// <summary>The Entra tenants whose tokens are accepted (<c>tid</c>); may be empty when <see cref="TenantId"/> names one tenant.</summary>
    public List<string> TrustedTenantIds { get; set; } = [];

    /// <summary>Off only in the Testing environment, whose OpenID Connect server listens on plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);

    public bool IsMultiTenant => string.Equals(TenantId?.Trim(), AnyOrganisation, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The issuer an ID token must name, as Entra's metadata gives it: for <c>organizations</c> the template
    /// <c>{Instance}/{tenantid}/v2.0</c>, which Microsoft.Identity.Web's issuer validator fills with the token's own
    /// <c>tid</c>; for one tenant, that tenant's issuer.
    /// </summary>
    public string IssuerTemplate => $"{Instance.TrimEnd('/')}/{(IsMultiTenant ? "{tenantid}" : TenantId!.Trim())}/v2.0";

    /// <summary>
    /// The tenant ids a token's <c>tid</c> must be one of: the configured list, or the single tenant of
    /// <see cref="TenantId"/> when the list is empty. Call <see cref="Validate"/> first.
    /// </summary>
    public IReadOnlySet<Guid> TrustedTenants()
    {
        var listed = TrustedTenantIds.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Guid.Parse(t.Trim())).ToHashSet();
        return listed.Count == 0 && Guid.TryParse(TenantId, out var single) ? new HashSet<Guid> { single } : listed;
    }

    /// <summary>What is wrong with the configuration, in words an operator can act on; null when it is usable.</summary>
    public string? Validate(bool isTestingEnvironment)
    {
        if (!IsConfigured)
        {
            return null;
        }

        var tenant = TenantId?.Trim();
        var multiTenant = IsMultiTenant;
        if (!multiTenant && !Guid.TryParse(tenant, out _))
        {
            return $"AzureAd:TenantId must be \"{AnyOrganisation}\" (several partner organisations' Entra tenants) or one tenant's id (a GUID); it is \"{tenant}\". "
                + "Personal Microsoft accounts (\"common\", \"consumers\") are not accepted.";
        }

        var invalid = TrustedTenantIds.Where(t => !Guid.TryParse(t, out _)).ToList();
        if (invalid.Count > 0)
        {
            return $"AzureAd:TrustedTenantIds must hold Entra tenant ids (GUIDs); \"{string.Join("\", \"", invalid)}\" is not one.";
        }

        if (multiTenant && TrustedTenantIds.Count == 0)
        {
            return $"AzureAd:TenantId is \"{AnyOrganisation}\", so AzureAd:TrustedTenantIds must list the Entra tenant id of every partner organisation "
                + "whose people may sign in (for example AzureAd__TrustedTenantIds__0=<tenant id>). Without the list any organisation's directory would be trusted.";
        }

        if (!RequireHttpsMetadata && !isTestingEnvironment)
        {
            return "AzureAd:RequireHttpsMetadata may be false only in the Testing environment: the identity provider's keys must come over https.";
        }

        return null;
    }
}
