using KmIcs.Assurance.Data.Identity.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// A membership gives access only once its person has accepted it (issue 11): inviting an address that already has an
/// account used to make an active membership at once. Memberships whose account has a password were usable before
/// this migration, so they count as joined when they were created; the rest wait for their invitation.
/// Provider-neutral (docs/adr/0003): no column types, and SQL that SQLite and PostgreSQL both read.
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261204000002_MembershipAcceptance")]
public sealed class MembershipAcceptance : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<DateTime>(name: "JoinedAtUtc", table: AccountsSchema.Memberships, nullable: true);
        migrationBuilder.Sql(
            $"""
            UPDATE "{AccountsSchema.Memberships}" SET "JoinedAtUtc" = "CreatedAtUtc"
            WHERE "UserId" IN (SELECT "Id" FROM "AspNetUsers" WHERE "PasswordHash" IS NOT NULL)
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "JoinedAtUtc", table: AccountsSchema.Memberships);
    }
}
