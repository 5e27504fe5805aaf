using KmIcs.Assurance.Data.Identity.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// Memberships get the <c>Version</c> concurrency token the other editable rows have, so two admins changing one
/// member's roles or activation at once cannot overwrite each other silently. Existing memberships start at 0.
/// Provider-neutral (docs/adr/0003): no column types.
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261204000001_MembershipVersion")]
public sealed class MembershipVersion : Migration
{
    private const string Column = "Version";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<int>(name: Column, table: AccountsSchema.Memberships, nullable: false, defaultValue: 0);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: Column, table: AccountsSchema.Memberships);
    }
}
