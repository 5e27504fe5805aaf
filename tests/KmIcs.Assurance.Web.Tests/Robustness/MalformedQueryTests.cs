using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Authorization;
using KmIcs.Assurance.Web.Tests.Accounts;
using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Web.Tests.Robustness;

/// <summary>
/// Query strings are typed by whoever sends the request. Every page, asked with junk in each value it reads, answers
/// with the page (the value ignored), a redirect or a 4xx status page: never a 500. The pages and the values they read
/// come from the app's endpoints and the pages' <see cref="SupplyParameterFromQueryAttribute"/> properties, so a new
/// page or filter is covered the moment it exists.
/// </summary>
public class MalformedQueryTests(AccountsFixture portal) : IClassFixture<AccountsFixture>
{
    /// <summary>Not a number, a number too big for an int, negative, the last representable date, very long, and a NUL character.</summary>
    public static IReadOnlyList<string> Junk { get; } = ["abc", "99999999999", "-1", "9999-12-31", new string('x', 5000), "\0"];

    [Fact]
    public async Task Every_page_answers_junk_in_each_query_value_it_reads_without_a_server_error()
    {
        await portal.SetUpAsync();
        var pages = PortalEndpoint.All(portal.Services)
            .Where(e => e.IsPage && e.Methods.Contains("GET"))
            .Select(e => (Endpoint: e, Parameters: QueryParameters(e.Component!)))
            .Where(p => p.Parameters.Count > 0)
            .ToList();
        Assert.Contains(pages, p => p.Endpoint.Template == "/{tenant}/commitments" && p.Parameters.Contains("Lead"));
        Assert.Contains(pages, p => p.Endpoint.Template == "/{tenant}/admin/audit" && p.Parameters.Contains("page"));
        var failures = new StringBuilder();
        var requests = 0;

        foreach (var (endpoint, parameters) in pages)
        {
            var url = endpoint.Url(portal.RouteValues());
            foreach (var role in RolesFor(endpoint))
            {
                foreach (var parameter in parameters)
                {
                    foreach (var junk in Junk)
                    {
                        var request = $"{url}?{Uri.EscapeDataString(parameter)}={Uri.EscapeDataString(junk)}";
                        using var response = await portal.Client(role).GetAsync(request);
                        requests++;
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.AppendLine(CultureInfo.InvariantCulture, $"{endpoint.Template}?{parameter}={Shown(junk)} as {role}: {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
        Assert.True(requests >= pages.Sum(p => p.Parameters.Count) * Junk.Count * 2);
    }

    [Fact]
    public async Task Every_route_answers_junk_in_each_unconstrained_route_value_without_a_server_error()
    {
        await portal.SetUpAsync();
        var endpoints = PortalEndpoint.All(portal.Services).Where(e => e.Methods.Contains("GET")).ToList();
        var failures = new StringBuilder();
        var requests = 0;

        foreach (var endpoint in endpoints)
        {
            // A constrained value ({id:guid}) that does not match is a 404 from routing before any page runs.
            foreach (var name in endpoint.Template.Split('/').Where(s => s.StartsWith('{') && !s.Contains(':', StringComparison.Ordinal)).Select(s => s.Trim('{', '}')))
            {
                // A NUL in the path never reaches the app: Kestrel answers 400, and the test server refuses to send it.
                foreach (var junk in Junk.Where(j => j != "\0"))
                {
                    var values = portal.RouteValues();
                    values[name] = junk;
                    foreach (var role in RolesFor(endpoint))
                    {
                        using var response = await portal.Client(role).GetAsync(endpoint.Url(values));
                        requests++;
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.AppendLine(CultureInfo.InvariantCulture, $"{endpoint.Template} with {name}={Shown(junk)} as {role}: {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
        Assert.True(requests > 0);
    }

    [Theory]
    [InlineData("/{tenant}/commitments?lead=abc")]
    [InlineData("/{tenant}/commitments?place=zzz")]
    [InlineData("/{tenant}/commitments?mine=abc")]
    [InlineData("/{tenant}/admin/audit?page=abc")]
    [InlineData("/{tenant}/admin/audit?page=99999999999")]
    [InlineData("/{tenant}/admin/audit?page=2147483647")]
    [InlineData("/{tenant}/admin/audit?to=9999-12-31")]
    [InlineData("/{tenant}/admin/audit?user=%00")]
    [InlineData("/{tenant}/search?q=%00")]
    public async Task A_malformed_filter_is_ignored_and_the_page_is_shown(string address)
    {
        await portal.SetUpAsync();

        using var response = await portal.Client(TenantRoles.Name(TenantRole.TenantAdmin)).GetAsync(address.Replace("{tenant}", portal.A.Slug, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Every_query_value_a_component_reads_is_bound_as_text()
    {
        var typed = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(p => (Type: t, Property: p)))
            .Where(p => p.Property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null && p.Property.PropertyType != typeof(string))
            .Select(p => $"{p.Type.Name}.{p.Property.Name} ({p.Property.PropertyType.Name})")
            .ToList();

        Assert.True(typed.Count == 0, "Query values bound as a type other than string (read them with RequestValues): " + string.Join(", ", typed));
    }

    /// <summary>The query names a page reads: each <see cref="SupplyParameterFromQueryAttribute"/> property, by its <c>Name</c> or its own.</summary>
    public static IReadOnlyList<string> QueryParameters(Type component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name)
            .ToList();
    }

    /// <summary>A tenant admin, and the people the page is for: anonymous for public pages, the roles its policy admits.</summary>
    private static List<string> RolesFor(PortalEndpoint endpoint)
    {
        var roles = new List<string> { TenantRoles.Name(TenantRole.TenantAdmin) };
        if (!endpoint.RequiresSignIn)
        {
            roles.Add(AccountsFixture.Anonymous);
        }
        else if (endpoint.Policy == Policies.PlatformAdmin)
        {
            roles.Add(AccountsFixture.PlatformAdmin);
        }
        else if (endpoint.Policy is { } policy && Policies.TenantPolicies.TryGetValue(policy, out var admitted))
        {
            roles.AddRange(admitted.Select(TenantRoles.Name));
        }

        return [.. roles.Distinct()];
    }

    private static string Shown(string junk) => junk.Length > 20 ? $"({junk.Length} characters)" : junk == "\0" ? "%00" : junk;
}
