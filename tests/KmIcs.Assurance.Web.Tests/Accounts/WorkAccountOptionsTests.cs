using KmIcs.Assurance.Web.Identity.WorkAccounts;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>The start-up check of the <c>AzureAd</c> section, and which Entra tenants it trusts.</summary>
public class WorkAccountOptionsTests
{
    private static readonly Guid Tenant = Guid.Parse("6a7e9a57-1b0c-4b35-9d0e-6f1f6b0e5a01");

    [Fact]
    public void Several_organisations_without_a_trusted_tenant_list_is_a_configuration_error()
    {
        var options = new WorkAccountOptions { ClientId = "client", TenantId = "organizations" };

        Assert.Contains("AzureAd:TrustedTenantIds must list", options.Validate(isTestingEnvironment: false), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_tenant_is_trusted_without_a_list()
    {
        var options = new WorkAccountOptions { ClientId = "client", TenantId = Tenant.ToString() };

        Assert.Null(options.Validate(isTestingEnvironment: false));
        Assert.Equal([Tenant], options.TrustedTenants());
    }

    [Theory]
    [InlineData("common")]
    [InlineData("consumers")]
    [InlineData("")]
    public void Tenant_must_be_organizations_or_a_tenant_id(string tenant)
    {
        var options = new WorkAccountOptions { ClientId = "client", TenantId = tenant, TrustedTenantIds = [Tenant.ToString()] };

        Assert.Contains("AzureAd:TenantId must be", options.Validate(isTestingEnvironment: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Http_metadata_is_refused_outside_the_testing_environment()
    {
        var options = new WorkAccountOptions { ClientId = "client", TenantId = Tenant.ToString(), RequireHttpsMetadata = false };

        Assert.Contains("RequireHttpsMetadata", options.Validate(isTestingEnvironment: false), StringComparison.Ordinal);
        Assert.Null(options.Validate(isTestingEnvironment: true));
    }

    [Fact]
    public void Without_a_client_id_work_accounts_are_off_and_nothing_else_is_checked()
    {
        var options = new WorkAccountOptions { TenantId = "organizations" };

        Assert.False(options.IsConfigured);
        Assert.Null(options.Validate(isTestingEnvironment: false));
    }
}
