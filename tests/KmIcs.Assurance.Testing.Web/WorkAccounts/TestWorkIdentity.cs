namespace KmIcs.Assurance.Testing.Web.WorkAccounts;

/// <summary>
/// The person <see cref="TestEntraServer"/> signs in at its next authorization request, as an Entra ID token would
/// describe them: tenant (<c>tid</c>), object id (<c>oid</c>), subject, name, email and whether it is verified
/// (<c>email_verified</c>, or Entra's <c>xms_edov</c>), and whether they used multi-factor authentication (<c>amr</c>).
/// </summary>
public sealed record TestWorkIdentity(Guid TenantId, string Email, bool EmailVerified = true, bool MultiFactor = true)
{
    /// <summary>Entra's optional claim: the address's domain is verified by the tenant that issued the token.</summary>
    public bool DomainOwnerVerified { get; init; }

    public string ObjectId { get; init; } = Guid.NewGuid().ToString();

    public string Subject { get; init; } = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=');

    public string Name { get; init; } = "Alex Example";
}
