using KmIcs.Assurance.Data.Identity.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// The data-protection key ring moves to Microsoft.AspNetCore.DataProtection.EntityFrameworkCore (docs/adr/0009), whose
/// entity has a database-generated integer key where ours had a GUID. Same table, same FriendlyName and Xml columns;
/// only Id changes. Every key is carried over (its identity is inside its XML, not in Id): losing them would sign
/// everybody out and break every outstanding invitation and reset link. The rows are copied aside, the table is made
/// again in the new shape, and the rows are copied back. Provider-neutral (docs/adr/0003): no column types, and SQL
/// that every engine reads (SQL Server with QUOTED_IDENTIFIER on, as EF Core's connections are).
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261207000003_DataProtectionKeyIds")]
public sealed class DataProtectionKeyIds : Migration
{
    private const string Keys = AccountsSchema.DataProtectionKeys;
    private const string Copy = "DataProtectionKeysBeingMoved";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        CopyAside(migrationBuilder);
        migrationBuilder.DropTable(Keys);
        migrationBuilder.CreateTable(
            name: Keys,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                FriendlyName = table.Column<string>(maxLength: AccountsSchema.FriendlyNameMaxLength, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
        CopyBack(migrationBuilder, newIds: "");
    }

    /// <summary>
    /// Back to GUID keys, keeping the keys. SQLite has no UUID function, so the one expression that makes them differs
    /// by engine; on SQLite it is random upper-case hex in a GUID's groups, the text EF Core writes for a GUID.
    /// </summary>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        CopyAside(migrationBuilder);
        migrationBuilder.DropTable(Keys);
        migrationBuilder.CreateTable(
            name: Keys,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: AccountsSchema.FriendlyNameMaxLength, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
        CopyBack(migrationBuilder, newIds: migrationBuilder.IsSqlite()
            ? "hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))"
            : migrationBuilder.IsSqlServer() ? "NEWID()" : "gen_random_uuid()");
    }

    private static void CopyAside(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Copy,
            columns: table => new
            {
                FriendlyName = table.Column<string>(maxLength: AccountsSchema.FriendlyNameMaxLength, nullable: true),
                Xml = table.Column<string>(nullable: false),
            });
        migrationBuilder.Sql($"""INSERT INTO "{Copy}" ("FriendlyName", "Xml") SELECT "FriendlyName", "Xml" FROM "{Keys}" """);
    }

    // With newIds empty the database numbers the rows itself.
    private static void CopyBack(MigrationBuilder migrationBuilder, string newIds)
    {
        migrationBuilder.Sql(newIds.Length == 0
            ? $"""INSERT INTO "{Keys}" ("FriendlyName", "Xml") SELECT "FriendlyName", "Xml" FROM "{Copy}" """
            : $"""INSERT INTO "{Keys}" ("Id", "FriendlyName", "Xml") SELECT {newIds}, "FriendlyName", "Xml" FROM "{Copy}" """);
        migrationBuilder.DropTable(Copy);
    }
}
