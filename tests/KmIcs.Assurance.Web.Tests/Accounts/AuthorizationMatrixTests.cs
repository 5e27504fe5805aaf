using System.Net;
using System.Text;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Authorization;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>
/// Every route the app maps, requested by every role: the expected answer is worked out from the route's own
/// authorization metadata and <see cref="Policies.TenantPolicies"/>, so a new page is covered the moment it exists.
/// </summary>
public class AuthorizationMatrixTests(AccountsFixture portal) : IClassFixture<AccountsFixture>
{
    private enum Expect
    {
        Allowed,
        SignIn,
        Forbidden,
        NotFound,
    }

    [Fact]
    public async Task Every_route_answers_every_role_as_its_policy_says()
    {
        await portal.SetUpAsync();
        var endpoints = PortalEndpoint.All(portal.Services).Where(e => e.Methods.Contains("GET")).ToList();
        Assert.Contains(endpoints, e => e.Template == "/{tenant}/admin/members");
        var failures = new StringBuilder();
        var checkedCells = 0;

        foreach (var endpoint in endpoints)
        {
            foreach (var role in AccountsFixture.Roles)
            {
                var expected = ExpectedFor(endpoint, role);
                using var response = await portal.Client(role).GetAsync(endpoint.Url(portal.RouteValues()));
                var actual = Classify(response);
                checkedCells++;
                if (actual != expected)
                {
                    failures.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{endpoint.Template} as {role}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
        Assert.True(checkedCells >= endpoints.Count * AccountsFixture.Roles.Count);
    }

    [Fact]
    public void Every_tenant_route_names_a_tenant_policy_and_every_other_protected_route_a_known_one()
    {
        var endpoints = PortalEndpoint.All(portal.Services);

        var unprotected = endpoints.Where(e => e.IsTenantRoute && (e.Policy is null || !Policies.TenantPolicies.ContainsKey(e.Policy))).ToList();
        var unknown = endpoints.Where(e => e.Policy is { } p && !Policies.TenantPolicies.ContainsKey(p) && p != Policies.PlatformAdmin).ToList();

        Assert.True(unprotected.Count == 0, "Tenant routes without a tenant policy: " + string.Join(", ", unprotected));
        Assert.True(unknown.Count == 0, "Routes with an unknown policy: " + string.Join(", ", unknown));
    }

    private static Expect ExpectedFor(PortalEndpoint endpoint, string role)
    {
        if (!endpoint.RequiresSignIn)
        {
            return Expect.Allowed;
        }

        if (role == AccountsFixture.Anonymous)
        {
            return Expect.SignIn;
        }

        if (endpoint.Policy is null)
        {
            return Expect.Allowed;
        }

        if (endpoint.Policy == Policies.PlatformAdmin)
        {
            return role == AccountsFixture.PlatformAdmin ? Expect.Allowed : Expect.Forbidden;
        }

        // Tenant routes: people who are not members of the route's tenant get 404, never 403.
        if (role is AccountsFixture.PlatformAdmin or AccountsFixture.OtherTenantAdmin)
        {
            return Expect.NotFound;
        }

        return TenantRoles.TryParse(role, out var tenantRole) && Policies.TenantPolicies[endpoint.Policy].Contains(tenantRole.Value)
            ? Expect.Allowed
            : Expect.Forbidden;
    }

    private static Expect? Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Expect.Allowed,
            HttpStatusCode.Redirect when location.Contains("/account/sign-in?ReturnUrl=", StringComparison.Ordinal) => Expect.SignIn,
            // A public page may send you on (the two-factor step without a password first, for example).
            HttpStatusCode.Redirect => Expect.Allowed,
            HttpStatusCode.Forbidden => Expect.Forbidden,
            HttpStatusCode.NotFound => Expect.NotFound,
            _ => null,
        };
    }
}
