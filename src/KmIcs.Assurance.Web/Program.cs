using KmIcs.Assurance.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAssurancePortal();

var app = builder.Build();
await app.InitialiseDatabaseAsync();
app.UseAssurancePortal();

await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory can host the portal in tests.</summary>
public partial class Program;
